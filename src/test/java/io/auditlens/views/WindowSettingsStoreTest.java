package io.auditlens.views;

import io.auditlens.files.FileReplacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowSettingsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:30:45Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private WindowSettingsStore store() {
        return new WindowSettingsStore(dir, FileReplacement.atomicMove(), CLOCK);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    @Test
    void widthsSavedAreReadBackByAnotherStoreAndTheLastFileIsKeptAsBackup() throws Exception {
        try (WindowSettingsStore first = store()) {
            assertEquals(WindowSettings.NONE, first.load().settings());
            first.save(new WindowSettings(Map.of("initiator", 160.0, "time", 200.0)));
            first.save(new WindowSettings(Map.of("initiator", 170.0)));
        }
        try (WindowSettingsStore second = store()) {
            WindowSettingsStore.Loaded loaded = second.load();
            assertEquals(Map.of("initiator", 170.0), loaded.settings().columnWidths());
            assertTrue(loaded.warning().isEmpty());
        }
        assertEquals(List.of("window.json", "window.json.bak"), files());
        assertTrue(Files.readString(dir.resolve("window.json.bak")).contains("\"time\": 200.0"));
    }

    @Test
    void aCorruptFileIsSetAsideNeverOverwrittenAndTheDefaultsAreUsed() throws Exception {
        Files.writeString(dir.resolve("window.json"), "{\"auditlensSettings\": 1, \"columnWidths\": {",
                StandardCharsets.UTF_8);
        try (WindowSettingsStore store = store()) {
            WindowSettingsStore.Loaded loaded = store.load();
            assertEquals(WindowSettings.NONE, loaded.settings());
            assertTrue(loaded.warning().orElseThrow().contains("set aside as window.json.corrupt-20260304T123045Z"),
                    loaded.warning().get());
            store.save(new WindowSettings(Map.of("ip", 140.0)));
        }
        assertEquals(List.of("window.json", "window.json.corrupt-20260304T123045Z"), files());
        assertEquals("{\"auditlensSettings\": 1, \"columnWidths\": {",
                Files.readString(dir.resolve("window.json.corrupt-20260304T123045Z")));
    }

    @Test
    void aFileThatIsNotSettingsIsSetAsideAndBadWidthsAreSkippedOneByOne() throws Exception {
        Files.writeString(dir.resolve("window.json"), "[1, 2]", StandardCharsets.UTF_8);
        try (WindowSettingsStore store = store()) {
            assertTrue(store.load().warning().orElseThrow().contains("not a settings file"));
        }
        Files.writeString(dir.resolve("window.json"), "{\"auditlensSettings\": 1, \"columnWidths\": "
                + "{\"time\": \"wide\", \"ip\": -3, \"target\": 90, \"tag\": null}}", StandardCharsets.UTF_8);
        try (WindowSettingsStore store = store()) {
            WindowSettingsStore.Loaded loaded = store.load();
            assertEquals(Map.of("target", 90.0), loaded.settings().columnWidths());
            assertTrue(loaded.warning().isEmpty());
        }
    }

    @Test
    void aFileOfALaterVersionIsReadButNeverRewritten() throws Exception {
        String later = "{\"auditlensSettings\": 2, \"columnWidths\": {\"ip\": 150}, \"theme\": \"dark\"}";
        Files.writeString(dir.resolve("window.json"), later, StandardCharsets.UTF_8);
        try (WindowSettingsStore store = store()) {
            WindowSettingsStore.Loaded loaded = store.load();
            assertEquals(Map.of("ip", 150.0), loaded.settings().columnWidths());
            assertTrue(loaded.warning().orElseThrow().contains("later version"));
            store.save(new WindowSettings(Map.of("ip", 99.0)));
        }
        assertEquals(later, Files.readString(dir.resolve("window.json")));
        assertFalse(Files.exists(dir.resolve("window.json.bak")));
    }

    @Test
    void loadingWithoutAFileCreatesNothing() throws Exception {
        try (WindowSettingsStore store = store()) {
            store.load();
        }
        assertEquals(List.of(), files());
    }
}
