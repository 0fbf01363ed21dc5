package io.auditlens.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.load;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON arrays split into chunks of elements for the parser threads load exactly what their JSON Lines load. */
class JsonArrayLoadTest {

    /** Enough events for two 8 MiB chunks. */
    private static final int EVENTS = 9_000;

    @TempDir
    static Path dir;
    private static Path ndjson;
    private static LoadResult lines;

    @BeforeAll
    static void generate() throws IOException {
        ndjson = dir.resolve("events.ndjson");
        new SampleWriter().write(SampleSettings.of(42, EVENTS), SampleFormat.NDJSON, false, ndjson);
        lines = load(ndjson);
        assertEquals(EVENTS, lines.store().size());
    }

    @Test
    void prettyPrintedArrayFromGenerate() throws Exception {
        Path array = dir.resolve("events.json");
        new SampleWriter().write(SampleSettings.of(42, EVENTS), SampleFormat.JSON_ARRAY, false, array);
        assertTrue(Files.size(array) > ParsePipeline.CHUNK_SIZE, () -> array + " is too small to be split");
        LoadResult r = load(array);
        assertEquals("json-array", r.files().get(0).format());
        assertEquals(0, r.files().get(0).rejected());
        assertSameEvents(lines.store(), r.store(), false);
    }

    @Test
    void compactArrayOnOneLineWithBom() throws Exception {
        List<String> events = Files.readAllLines(ndjson);
        Path array = write(dir, "compact.json", "\uFEFF[" + String.join(",", events) + "]");
        LoadResult r = load(array);
        assertEquals(0, r.files().get(0).rejected());
        assertSameEvents(lines.store(), r.store(), true);
    }

    @Test
    void brokenElementsAreRejectedAndTheRestIsRead() throws IOException {
        List<String> events = Files.readAllLines(ndjson);
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < events.size(); i++) {
            text.append(i == 5000 ? "{\"broken\": }" : i == 7000 ? "\"text\"" : events.get(i)).append(",\n");
        }
        text.append("{\"last\": true}\n] trailing\n");
        FileReport f = load(write(dir, "broken.json", text.toString())).files().get(0);
        assertEquals(EVENTS - 2, f.events());
        assertEquals(4, f.rejected());
        assertRejected(f, 5002, "broken JSON, the element is not read");
        assertRejected(f, 7002, "not a JSON object");
        assertRejected(f, EVENTS + 2, "missing action");
        assertRejected(f, EVENTS + 3, "unexpected content after the JSON array");
    }

    @Test
    void truncatedArrayKeepsTheWholeElements() throws IOException {
        String whole = "[\n" + event(1) + ",\n" + event(2) + ",\n" + event(3) + "\n]\n";
        FileReport cut = load(write(dir, "cut.json", whole.substring(0, whole.length() - 30))).files().get(0);
        assertEquals(2, cut.events());
        assertEquals(1, cut.rejected());
        assertRejected(cut, 4, "broken JSON");
        FileReport open = load(write(dir, "open.json", "[\n" + event(1) + ",\n" + event(2) + ",\n")).files().get(0);
        assertEquals(2, open.events());
        assertRejected(open, 4, "the file ends before the JSON array is closed");
    }

    private static void assertRejected(FileReport f, int line, String reasonPart) {
        assertTrue(f.errors().stream().anyMatch(e -> e.line() == line && e.message().contains(reasonPart)),
                () -> "expected line " + line + " with '" + reasonPart + "' in " + f.errors());
    }

    /** Same rows in the same order with the same values; the raw text is the same event (or the same bytes). */
    private static void assertSameEvents(EventStore expected, EventStore actual, boolean sameBytes) throws Exception {
        assertEquals(expected.size(), actual.size());
        RawEvents wanted = new RawEvents(expected);
        RawEvents got = new RawEvents(actual);
        ObjectMapper mapper = new ObjectMapper();
        for (int row = 0; row < expected.size(); row++) {
            for (EventColumn c : EventColumn.values()) {
                assertEquals(expected.value(c, row), actual.value(c, row), c + " of row " + row);
            }
            assertEquals(expected.time(row), actual.time(row));
            if (sameBytes) {
                assertEquals(wanted.text(row), got.text(row));
            } else {
                assertEquals(mapper.readTree(wanted.text(row)), mapper.readTree(got.text(row)));
            }
        }
    }
}
