package io.auditlens.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.Crn;
import io.auditlens.event.EventTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.auditlens.sample.SampleFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleWriterTest {

    private static final int EVENTS = 400;
    private static final SampleSettings SETTINGS = SampleSettings.of(11, EVENTS);

    @TempDir
    Path dir;

    private final SampleWriter writer = new SampleWriter();

    @ParameterizedTest
    @EnumSource(value = SampleFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "CLOUD_LOGS_PARQUET")
    void sameSeedWritesIdenticalBytes(SampleFormat format) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        writer.write(SETTINGS, format, false, a);
        writer.write(SETTINGS, format, false, b);
        assertEquals(-1, Files.mismatch(a, b));
        writer.write(SampleSettings.of(12, EVENTS), format, false, b);
        assertTrue(Files.mismatch(a, b) >= 0, "another seed, other bytes");
    }

    @Test
    void gzipIsIdenticalPerSeedAndHoldsTheUncompressedOutput() throws IOException {
        Path plain = dir.resolve("e.ndjson");
        Path gz1 = dir.resolve("e1.ndjson.gz");
        Path gz2 = dir.resolve("e2.ndjson.gz");
        writer.write(SETTINGS, SampleFormat.NDJSON, false, plain);
        WriteSummary summary = writer.write(SETTINGS, SampleFormat.NDJSON, true, gz1);
        writer.write(SETTINGS, SampleFormat.NDJSON, true, gz2);
        assertEquals(-1, Files.mismatch(gz1, gz2));
        assertTrue(summary.gzip());
        assertEquals(Files.size(gz1), summary.bytes());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz1))) {
            assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
        }
    }

    @Test
    void ndjsonIsOneEventPerLineEachEndedByANewline() throws IOException {
        Path out = dir.resolve("e.ndjson");
        WriteSummary summary = writer.write(SETTINGS, SampleFormat.NDJSON, false, out);
        String text = Files.readString(out);
        assertTrue(text.endsWith("\n"));
        List<String> lines = text.lines().toList();
        assertEquals(EVENTS, lines.size());
        assertEquals(EVENTS, summary.events());
        assertEquals(Files.size(out), summary.bytes());
        for (String line : lines) {
            JsonNode event = parse(line);
            assertTrue(event.isObject());
            assertTrue(event.path("action").isTextual());
            assertTrue(event.path("eventTime").isTextual());
            assertTrue(EventTime.parse(event.path("eventTime").asText()) != EventTime.INVALID, line);
        }
        assertEquals(ndjsonEvents(), lines.stream().map(SampleFixtures::parse).toList());
    }

    @Test
    void jsonArrayIsOnePrettyPrintedArrayOfTheSameEvents() throws IOException {
        Path out = dir.resolve("e.json");
        writer.write(SETTINGS, SampleFormat.JSON_ARRAY, false, out);
        String text = Files.readString(out);
        assertTrue(text.startsWith("[") && text.contains("\n  {"), "pretty-printed");
        JsonNode array = parse(text);
        assertTrue(array.isArray());
        assertEquals(ndjsonEvents(), toList(array));
    }

    @Test
    void cloudLogsWrapsEachEventWithMetadataAndLabels() throws IOException {
        Path out = dir.resolve("e.jsonl");
        writer.write(SETTINGS, SampleFormat.CLOUD_LOGS, false, out);
        List<String> lines = Files.readAllLines(out);
        List<ObjectNode> expected = ndjsonEvents();
        assertEquals(EVENTS, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = parse(lines.get(i));
            ObjectNode event = expected.get(i);
            assertEquals(List.of("metadata", "labels", "user_data"), fieldNames(record));
            assertEquals(EventTime.parse(event.path("eventTime").asText()),
                    EventTime.parse(record.path("metadata").path("timestamp").asText()));
            assertTrue(List.of("Info", "Warning", "Critical").contains(record.path("metadata").path("severity").asText()));
            assertEquals("ibm-audit-event", record.path("labels").path("applicationname").asText());
            assertEquals("container-registry:" + Crn.location(event.path("logSourceCRN").asText()),
                    record.path("labels").path("subsystemname").asText());
            JsonNode userData = record.get("user_data");
            // Every seventh record carries the event as a string holding its JSON.
            assertEquals(i % 7 == 6, userData.isTextual(), "record " + i);
            assertEquals(event, userData.isTextual() ? parse(userData.asText()) : userData);
        }
    }

    @Test
    void logdnaPutsTheEventTextInLine() throws IOException {
        Path out = dir.resolve("e.jsonl");
        writer.write(SETTINGS, SampleFormat.LOGDNA, false, out);
        List<String> lines = Files.readAllLines(out);
        List<ObjectNode> expected = ndjsonEvents();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = parse(lines.get(i));
            assertEquals(List.of("_ts", "_app", "_host", "_logtype", "_line"), fieldNames(record));
            assertTrue(record.get("_ts").isIntegralNumber());
            assertEquals(EventTime.parse(expected.get(i).path("eventTime").asText()), record.get("_ts").asLong());
            assertEquals("json", record.path("_logtype").asText());
            assertTrue(record.get("_line").isTextual());
            assertEquals(expected.get(i), parse(record.get("_line").asText()));
        }
    }

    @Test
    void platformMovesLogSourceCrnIntoTheWrapper() throws IOException {
        Path out = dir.resolve("e.jsonl");
        writer.write(SETTINGS, SampleFormat.PLATFORM, false, out);
        List<String> lines = Files.readAllLines(out);
        List<ObjectNode> expected = ndjsonEvents();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = parse(lines.get(i));
            assertEquals(List.of("logSourceCRN", "meta", "payload"), fieldNames(record));
            assertTrue(record.get("meta").isObject());
            JsonNode payload = record.get("payload");
            assertFalse(payload.has("logSourceCRN"));
            ObjectNode event = expected.get(i).deepCopy();
            assertEquals(event.remove("logSourceCRN"), record.get("logSourceCRN"));
            assertEquals(event, payload);
        }
    }

    @Test
    void zipHasOneNdjsonMemberPerMonthInTimeOrder() throws IOException {
        Path out = dir.resolve("e.zip");
        WriteSummary summary = writer.write(SETTINGS, SampleFormat.ZIP, false, out);
        Path ndjson = dir.resolve("e.ndjson");
        writer.write(SETTINGS, SampleFormat.NDJSON, false, ndjson);
        List<String> names = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                zip.transferTo(all);
            }
        }
        // The default window, 5 January + 90 days, touches January to April.
        assertEquals(List.of("container-registry-2026-01.ndjson", "container-registry-2026-02.ndjson",
                "container-registry-2026-03.ndjson", "container-registry-2026-04.ndjson"), names);
        assertEquals(4, summary.members());
        assertArrayEquals(Files.readAllBytes(ndjson), all.toByteArray(), "members hold the events in order");
    }

    @Test
    void zipMembersHoldOnlyTheirMonthsEvents() throws IOException {
        Path out = dir.resolve("e.zip");
        writer.write(SETTINGS, SampleFormat.ZIP, false, out);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String month = entry.getName().replace("container-registry-", "").replace(".ndjson", "");
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.lines().toList()) {
                    String time = EventTime.format(EventTime.parse(parse(line).path("eventTime").asText()));
                    assertTrue(time.startsWith(month), time + " in " + entry.getName());
                }
            }
        }
    }

    @Test
    void zipCannotBeGzipped() {
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(SETTINGS, SampleFormat.ZIP, true, dir.resolve("e.zip")));
    }

    @Test
    void noEventsGiveAnEmptyButValidFile() throws IOException {
        SampleSettings none = SampleSettings.of(1, 0);
        Path ndjson = dir.resolve("e.ndjson");
        writer.write(none, SampleFormat.NDJSON, false, ndjson);
        assertEquals(0, Files.size(ndjson));
        Path array = dir.resolve("e.json");
        writer.write(none, SampleFormat.JSON_ARRAY, false, array);
        assertEquals(0, parse(Files.readString(array)).size());
        Path zip = dir.resolve("e.zip");
        assertEquals(1, writer.write(none, SampleFormat.ZIP, false, zip).members());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertTrue(in.getNextEntry() != null);
            assertEquals(0, in.readAllBytes().length);
        }
    }

    @Test
    void formatNamesAreTheCommandLineNames() {
        assertEquals(List.of("ndjson", "json-array", "cloud-logs", "logdna", "platform", "zip", "cloud-logs-parquet"),
                SampleFormat.names());
        for (SampleFormat format : SampleFormat.values()) {
            assertEquals(format, SampleFormat.byName(format.cliName().toUpperCase()));
        }
        assertThrows(IllegalArgumentException.class, () -> SampleFormat.byName("csv"));
    }

    /** The events as a reader sees them (parsing, for example, makes small longs ints). */
    private List<ObjectNode> ndjsonEvents() {
        return SampleFixtures.events(11, EVENTS).stream().map(e -> (ObjectNode) parse(e.toString())).toList();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
