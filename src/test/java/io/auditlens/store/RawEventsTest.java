package io.auditlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.ingest.LoadResult;
import io.auditlens.store.RawEvents.RawEventException;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class RawEventsTest {

    @TempDir
    Path dir;

    private static List<String> events(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Key order and spacing that a re-serialiser would change, so "byte for byte" is really checked.
            out.add("{\"action\": \"container-registry.image.pull\",  \"eventTime\":\"2026-03-04T12:00:0" + i
                    + ".000+0000\", \"message\":\"pull \\u00e9 " + i + "\" }");
        }
        return out;
    }

    private static List<String> texts(LoadResult load) throws RawEventException {
        RawEvents raw = new RawEvents(load.store());
        List<String> out = new ArrayList<>();
        for (int row = 0; row < load.store().size(); row++) {
            out.add(raw.text(row));
        }
        return out;
    }

    @Test
    void plainLinesComeBackExactly() throws Exception {
        List<String> lines = events(3);
        assertEquals(lines, texts(TestInputs.load(TestInputs.ndjson(dir, "a.ndjson", lines))));
    }

    @Test
    void gzipLinesComeBackExactly() throws Exception {
        List<String> lines = events(3);
        assertEquals(lines, texts(TestInputs.load(TestInputs.gzip(dir, "a.gz", lines))));
    }

    @Test
    void zipMembersComeBackExactly() throws Exception {
        List<String> first = events(2);
        List<String> second = events(5).subList(2, 5);
        Map<String, List<String>> members = new LinkedHashMap<>();
        members.put("one.json", first);
        members.put("two.json", second);
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(all, texts(TestInputs.load(TestInputs.zip(dir, "a.zip", members))));
    }

    @Test
    void cloudLogsUserDataStringGivesTheEventText() throws Exception {
        List<String> lines = events(2);
        List<String> records = lines.stream().map(TestInputs::cloudLogsRecord).toList();
        assertEquals(lines, texts(TestInputs.load(TestInputs.ndjson(dir, "logs.json", records))));
    }

    @Test
    void logDnaLineGivesTheEventText() throws Exception {
        List<String> lines = events(2);
        List<String> records = lines.stream().map(TestInputs::logDnaRecord).toList();
        assertEquals(lines, texts(TestInputs.load(TestInputs.gzip(dir, "export.gz", records))));
    }

    @Test
    void payloadWrapperGivesTheEventObject() throws Exception {
        String event = EventJson.at("2026-03-04T12:00:00Z", "image.push").json();
        LoadResult load = TestInputs.load(TestInputs.ndjson(dir, "p.json", List.of(TestInputs.payloadRecord(event))));
        assertEquals(event, texts(load).get(0));
    }

    @Test
    void aChangedFileIsRefusedRatherThanShowingOtherBytes() throws Exception {
        Path file = TestInputs.ndjson(dir, "a.ndjson", events(2));
        LoadResult load = TestInputs.load(file);
        Files.writeString(file, "{\"x\":1}\n" + String.join("\n", events(2)), StandardCharsets.UTF_8);
        RawEventException e = assertThrows(RawEventException.class, () -> new RawEvents(load.store()).text(0));
        assertTrue(e.getMessage().contains("changed since it was loaded"), e.getMessage());
    }

    @Test
    void aTouchedFileIsRefusedEvenWithTheSameSize() throws Exception {
        Path file = TestInputs.ndjson(dir, "a.ndjson", events(2));
        LoadResult load = TestInputs.load(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThrows(RawEventException.class, () -> new RawEvents(load.store()).text(1));
    }

    @Test
    void aChangedCompressedFileStillShowsItsPrivateCopy() throws Exception {
        List<String> lines = events(2);
        Path file = TestInputs.gzip(dir, "a.gz", lines);
        LoadResult load = TestInputs.load(file);
        Files.delete(file);
        assertEquals(lines, texts(load));
    }

    @Test
    void theReaderServesManyEventsFromEveryFormat() throws Exception {
        List<String> lines = events(4);
        LoadResult load = TestInputs.load(TestInputs.ndjson(dir, "a.ndjson", lines.subList(0, 2)),
                TestInputs.gzip(dir, "b.gz", lines.subList(2, 3).stream().map(TestInputs::logDnaRecord).toList()),
                TestInputs.ndjson(dir, "c.json", lines.subList(3, 4).stream().map(TestInputs::cloudLogsRecord).toList()));
        List<String> read = new ArrayList<>();
        try (RawEventReader reader = new RawEvents(load.store()).openReader()) {
            for (int row = load.store().size() - 1; row >= 0; row--) {
                reader.read(row, (b, off, len) -> read.add(0, new String(b, off, len, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(lines, read);
    }

    @Test
    void theReaderRefusesAChangedFile() throws Exception {
        Path file = TestInputs.ndjson(dir, "a.ndjson", events(1));
        LoadResult load = TestInputs.load(file);
        Files.writeString(file, "");
        try (RawEventReader reader = new RawEvents(load.store()).openReader()) {
            assertThrows(RawEventException.class, () -> reader.read(0, (b, off, len) -> { }));
        }
    }

    @Test
    void aPrettyPrintedArrayElementComesBackAsWritten() throws Exception {
        String a = EventJson.at("2026-03-04T12:00:00Z", "image.push").prettyJson();
        String b = EventJson.at("2026-03-04T12:00:01Z", "image.pull").prettyJson();
        Path file = Files.writeString(dir.resolve("array.json"), "[\n" + a + ",\n" + b + "\n]\n");
        assertEquals(List.of(a, b), texts(TestInputs.load(file)));
    }
}
