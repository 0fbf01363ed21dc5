package io.auditlens.views;

import io.auditlens.files.FileReplacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ViewFileSafetyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:30:45Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ViewStore store(FileReplacement replacement) {
        return new ViewStore(dir, replacement, CLOCK);
    }

    private ViewStore store() {
        return store(FileReplacement.atomicMove());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> savedNames(ViewStore store) throws IOException {
        return store.load().saved().stream().map(SavedView::name).toList();
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheOldFileIntact() throws Exception {
        try (ViewStore good = store()) {
            good.save(SavedView.ofQuery("first", "a"));
        }
        byte[] before = Files.readAllBytes(dir.resolve("views.json"));
        FileReplacement crashing = (source, target) -> {
            assertTrue(Files.size(source) > 0, "the new content is written before the move");
            throw new IOException("simulated crash");
        };
        try (ViewStore failing = store(crashing)) {
            assertThrows(IOException.class, () -> failing.save(SavedView.ofQuery("second", "b")));
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("views.json")));
        try (ViewStore after = store()) {
            assertEquals(List.of("first"), savedNames(after));
            assertTrue(after.load().warning().isEmpty());
        }
    }

    @Test
    void aTempFileLeftByAKilledWriteDoesNotBreakTheNextLoadAndIsCleanedUp() throws Exception {
        try (ViewStore s = store()) {
            s.save(SavedView.ofQuery("first", "a"));
            // What a process killed between writing the new content and moving it leaves behind.
            Files.writeString(dir.resolve("views.json.8431.tmp"), "{\"auditlensViews\": 1, \"views\": [{\"na");
            Files.writeString(dir.resolve("views.json.bak.77.tmp"), "");
            assertEquals(List.of("first"), savedNames(s));
            assertTrue(s.load().warning().isEmpty());
            s.save(SavedView.ofQuery("second", "b"));
            assertEquals(List.of("first", "second"), savedNames(s));
        }
        assertEquals(List.of("views.json", "views.json.bak", "views.json.lock"), files());
    }

    @Test
    void thePreviousFileIsKeptAsBak() throws Exception {
        try (ViewStore s = store()) {
            s.save(SavedView.ofQuery("first", "a"));
            assertFalse(Files.exists(dir.resolve("views.json.bak")));
            byte[] one = Files.readAllBytes(dir.resolve("views.json"));
            s.save(SavedView.ofQuery("second", "b"));
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("views.json.bak")));
            // Saving what is already saved writes nothing, so the backup still holds the version before.
            s.save(SavedView.ofQuery("second", "b"));
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("views.json.bak")));
        }
    }

    @Test
    void aCorruptFileIsSetAsideWithAWarningAndTheBackupRestored() throws Exception {
        try (ViewStore s = store()) {
            s.save(SavedView.ofQuery("first", "a"));
            s.save(SavedView.ofQuery("second", "b"));
            String corrupt = "{\"auditlensViews\": 1, \"views\": [{\"name\": \"first\"";
            Files.writeString(dir.resolve("views.json"), corrupt);

            ViewCatalog catalog = s.load();
            assertEquals(List.of("first"), catalog.saved().stream().map(SavedView::name).toList());
            String warning = catalog.warning().orElseThrow();
            assertTrue(warning.startsWith("views.json could not be read (broken JSON: "), warning);
            assertTrue(warning.contains("set aside as views.json.corrupt-20260304T123045Z"), warning);
            assertTrue(warning.endsWith("1 views were restored from views.json.bak"), warning);
            assertFalse(warning.contains("\n"));
            assertEquals(corrupt, Files.readString(dir.resolve("views.json.corrupt-20260304T123045Z")));

            ViewCatalog again = s.load();
            assertTrue(again.warning().isEmpty(), "the warning is given once");
            assertEquals(List.of("first"), again.saved().stream().map(SavedView::name).toList());
        }
    }

    @Test
    void corruptFilesAreNeverOverwrittenOrDeleted() throws Exception {
        try (ViewStore s = store()) {
            Files.writeString(dir.resolve("views.json"), "[1, 2]");
            String warning = s.load().warning().orElseThrow();
            assertTrue(warning.contains("not a views file"), warning);
            assertTrue(warning.endsWith("saved views start empty"), warning);
            Files.writeString(dir.resolve("views.json"), "not json");
            // A change finds the corrupt file too, and still goes through.
            List<ViewChange> heard = new ArrayList<>();
            s.addChangeListener(heard::add);
            s.save(SavedView.ofQuery("mine", "q"));
            assertTrue(heard.get(0).catalog().warning().orElseThrow().contains("corrupt-20260304T123045Z-2"));
            assertEquals(List.of("mine"), savedNames(s));
        }
        assertEquals("[1, 2]", Files.readString(dir.resolve("views.json.corrupt-20260304T123045Z")));
        assertEquals("not json", Files.readString(dir.resolve("views.json.corrupt-20260304T123045Z-2")));
    }

    @Test
    void aViewWithoutANameMakesTheFileCorrupt() throws Exception {
        Files.writeString(dir.resolve("views.json"), "{\"auditlensViews\": 1, \"views\": [{\"query\": \"x\"}]}");
        try (ViewStore s = store()) {
            String warning = s.load().warning().orElseThrow();
            assertTrue(warning.contains("a view needs a name"), warning);
        }
    }

    @Test
    void aFileFromALaterVersionIsReadButNotChanged() throws Exception {
        String later = "{\"auditlensViews\": 2, \"views\": [{\"name\": \"future\", \"query\": \"x\", \"colour\": \"red\"}]}";
        Files.writeString(dir.resolve("views.json"), later, StandardCharsets.UTF_8);
        try (ViewStore s = store()) {
            ViewCatalog catalog = s.load();
            assertEquals(List.of("future"), catalog.saved().stream().map(SavedView::name).toList());
            assertTrue(catalog.warning().orElseThrow().contains("later version of AuditLens (format 2)"));
            assertThrows(ViewRefusedException.class, () -> s.save(SavedView.ofQuery("mine", "q")));
        }
        assertEquals(later, Files.readString(dir.resolve("views.json")));
    }

    @Test
    void namesClashingInAHandEditedFileAreNumbered() throws Exception {
        Files.writeString(dir.resolve("views.json"), "{\"auditlensViews\": 1, \"views\": ["
                + "{\"name\": \"a\"}, {\"name\": \"A\"}, {\"name\": \"Deletions\"}, {\"name\": \"a (2)\"}]}");
        try (ViewStore s = store()) {
            assertEquals(List.of("a", "A (3)", "Deletions (2)", "a (2)"), savedNames(s));
            s.delete("A (3)");
            assertEquals(List.of("a", "Deletions (2)", "a (2)"), savedNames(s));
        }
    }

    @Test
    void aCorruptFileInAFolderThatCannotBeWrittenIsReportedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("views.json"), "not json");
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try (ViewStore s = store()) {
            assumeFalse(Files.isWritable(dir), "the file system lets this user write anyway");
            ViewCatalog catalog = s.load();
            assertEquals(BuiltInViews.all().size(), catalog.views().size());
            assertTrue(catalog.warning().orElseThrow().startsWith("views.json could not be read (broken JSON"));
            assertThrows(IOException.class, () -> s.save(SavedView.ofQuery("mine", "q")));
        } finally {
            Files.setPosixFilePermissions(dir, before);
        }
        assertEquals("not json", Files.readString(dir.resolve("views.json")));
    }
}
