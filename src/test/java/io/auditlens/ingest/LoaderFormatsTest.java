package io.auditlens.ingest;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.load;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoaderFormatsTest {

    @TempDir
    Path dir;

    @Test
    void jsonLinesWithBomCrlfBlankLinesAndNoFinalNewline() throws Exception {
        String content = "\uFEFF" + event(1) + "\r\n\r\n   \n" + event(2) + "\r\n" + event(3);
        LoadResult r = load(write(dir, "a.ndjson", content));
        FileReport f = r.files().get(0);
        assertEquals("ndjson", f.format());
        assertEquals(3, f.events());
        assertEquals(0, f.rejected());
        assertRawParses(r.store());
    }

    @Test
    void fieldsAndDerivedColumns() throws Exception {
        LoadResult r = load(write(dir, "a.ndjson", lines(1)));
        EventStore s = r.store();
        assertEquals("container-registry.image.pull", s.value(EventColumn.ACTION, 0));
        assertEquals("us-south", s.value(EventColumn.REGION, 0));
        assertEquals("sha256:" + "ab".repeat(32), s.value(EventColumn.DIGEST, 0));
        assertEquals("us.icr.io/team-web/api", s.value(EventColumn.REPOSITORY, 0));
        assertEquals("team-web", s.value(EventColumn.NAMESPACE, 0));
        assertEquals("1.4.2", s.value(EventColumn.TAG, 0));
        assertEquals("ana@example.com", s.value(EventColumn.INITIATOR_NAME, 0));
        assertEquals("203.0.113.7", s.value(EventColumn.IP, 0));
        assertEquals("200", s.value(EventColumn.REASON, 0));
        assertEquals("00000000-0000-4000-8000-000000000000", s.correlationId(0));
    }

    @Test
    void sha256AndSizeAreOfTheFileBytes() throws Exception {
        Path p = write(dir, "a.ndjson", lines(5));
        FileReport f = load(p).files().get(0);
        byte[] bytes = Files.readAllBytes(p);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.sha256());
        assertEquals(bytes.length, f.bytes());
    }

    @Test
    void jsonArrayPrettyPrinted() throws Exception {
        String content = "[\n  " + event(1) + ",\n  " + event(2) + "\n]\n";
        LoadResult r = load(write(dir, "a.json", content));
        assertEquals("json-array", r.files().get(0).format());
        assertEquals(64, r.files().get(0).sha256().length());
        assertFalse(r.anyFileFailed());
        assertEquals(2, r.store().size());
        assertRawParses(r.store());
    }

    @Test
    void prettyPrintedSingleEvent() throws Exception {
        String pretty = event(1).replace(",\"", ",\n  \"").replace("{\"eventTime", "{\n  \"eventTime");
        LoadResult r = load(write(dir, "one.json", pretty));
        assertEquals("json", r.files().get(0).format());
        assertEquals(1, r.store().size());
    }

    @Test
    void cloudLogsWrapperAsObjectAndAsString() throws Exception {
        String asObject = "{\"metadata\":{\"severity\":3},\"labels\":{\"applicationname\":\"ibm-audit-event\"},"
                + "\"user_data\":" + event(1) + "}";
        String asString = "{\"metadata\":{},\"labels\":{},\"user_data\":" + quote(event(2)) + "}";
        LoadResult r = load(write(dir, "logs.ndjson", asObject + "\n" + asString + "\n"));
        assertEquals("cloud-logs", r.files().get(0).format());
        assertEquals(2, r.store().size());
        assertEquals("us-south", r.store().value(EventColumn.REGION, 1));
        RawEvents raw = new RawEvents(r.store());
        assertEquals(event(1), raw.text(0));
        assertEquals(event(2), raw.text(1));
    }

    @Test
    void legacyLineWrapperAndTopLevelVariant() throws Exception {
        String wrapped = "{\"_ts\":1,\"_app\":\"at\",\"_line\":" + quote(event(1)) + "}";
        String topLevel = event(2).replace("{\"eventTime\"", "{\"_ts\":5,\"_app\":\"x\",\"eventTime\"");
        LoadResult r = load(write(dir, "legacy.ndjson", wrapped + "\n" + topLevel + "\n"));
        assertEquals("logdna", r.files().get(0).format());
        assertEquals(2, r.store().size());
        assertEquals(event(1), new RawEvents(r.store()).text(0));
    }

    @Test
    void platformPayloadTakesTheWrapperCrn() throws Exception {
        String payload = event(1).replace("\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:us-south:a/0123::\",", "")
                .replace("container-registry:us-south:a/0123::image", "container-registry::a/0123::image");
        String line = "{\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:eu-de:a/1::\",\"meta\":{},"
                + "\"payload\":" + payload + "}";
        LoadResult r = load(write(dir, "platform.ndjson", line + "\n"));
        assertEquals("platform", r.files().get(0).format());
        assertEquals("eu-de", r.store().value(EventColumn.REGION, 0));
        assertEquals(payload, new RawEvents(r.store()).text(0));
    }

    @Test
    void gzipAndZipWithManyMembers() throws Exception {
        Path gz = write(dir, "a.gz", TestEvents.gzip(lines(10)));
        Path zip = write(dir, "b.zip", TestEvents.zip(List.of(
                new String[] {"one.ndjson", event(100) + "\n"},
                new String[] {"dir/", ""},
                new String[] {"two.json", "[" + event(101) + "," + event(102) + "]"})));
        LoadResult r = load(gz, zip);
        assertEquals("gzip+ndjson", r.files().get(0).format());
        assertEquals(10, r.files().get(0).events());
        assertEquals("zip", r.files().get(1).format());
        assertEquals(3, r.files().get(1).events());
        assertRawParses(r.store());
        assertEquals(event(102), new RawEvents(r.store()).text(12));
    }

    @Test
    void foldersExpandRecursivelyInPathOrder() throws Exception {
        write(dir, "logs/b/2.ndjson", event(2) + "\n");
        write(dir, "logs/a.ndjson", event(1) + "\n");
        write(dir, "logs/.hidden", "garbage");
        LoadResult r = load(dir.resolve("logs"));
        assertEquals(2, r.files().size());
        assertTrue(r.files().get(0).path().endsWith("a.ndjson"));
        assertTrue(r.files().get(1).path().endsWith("2.ndjson"));
    }

    @Test
    void duplicatesAcrossFilesIgnoreWhitespaceAndKeyOrder() throws Exception {
        Path a = write(dir, "a.ndjson", event(1) + "\n" + event(2) + "\n");
        String reordered = "{\"action\":\"container-registry.image.pull\", " + event(1).substring(1)
                .replace("\"action\":\"container-registry.image.pull\",", "");
        Path b = write(dir, "b.ndjson", reordered + "\n" + event(3) + "\n" + event(3) + "\n");
        LoadResult r = load(a, b);
        assertEquals(2, r.files().get(0).events());
        assertEquals(1, r.files().get(1).events());
        assertEquals(2, r.files().get(1).duplicates());
        assertEquals(3, r.store().size());
    }

    @Test
    void publishedVariantsLoad() throws Exception {
        String variant = event(1).replace("\"reasonCode\":200", "\"reasonCode\":\"200\"")
                .replace(".123+0000", ".94+0000")
                .replace("{\"eventTime\"", "{\"dataEvent\":\"true\",\"responseData\":\"{\\\"status\\\":\\\"WARN\\\"}\","
                        + "\"eventTime\"");
        LoadResult r = load(write(dir, "v.ndjson", variant + "\n"));
        assertEquals(1, r.store().size());
        assertEquals("200", r.store().value(EventColumn.REASON, 0));
        assertEquals("WARN", r.store().value(EventColumn.STATUS, 0));
        assertEquals(940, r.store().time(0) % 1000);
    }

    @Test
    void theSameEventInEveryWrapperIsOneEvent() throws Exception {
        String e = event(7);
        String payload = e.replace("\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:us-south:a/0123::\",", "");
        Path plain = write(dir, "plain.ndjson", e + "\n");
        Path array = write(dir, "array.json", "[\n" + e + "\n]");
        Path logs = write(dir, "logs.ndjson", "{\"metadata\":{},\"user_data\":" + e + "}\n"
                + "{\"metadata\":{},\"user_data\":" + quote(e) + "}\n");
        Path legacy = write(dir, "legacy.ndjson", "{\"_ts\":1,\"_line\":" + quote(e) + "}\n");
        Path platform = write(dir, "platform.ndjson", "{\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:"
                + "us-south:a/0123::\",\"payload\":" + payload + "}\n");
        LoadResult r = load(plain, array, logs, legacy, platform);
        assertEquals(1, r.store().size());
        assertEquals(5, r.duplicates());
    }

    @Test
    void sameFileTwiceIsDuplicatedNotDoubled() throws Exception {
        Path a = write(dir, "a.ndjson", lines(20));
        LoadResult r = load(a, a);
        assertEquals(20, r.store().size());
        assertEquals(20, r.files().get(1).duplicates());
        assertFalse(r.anyFileFailed());
    }

    private static String quote(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void assertRawParses(EventStore store) throws Exception {
        RawEvents raw = new RawEvents(store);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int row = 0; row < store.size(); row++) {
            String text = raw.text(row);
            assertEquals(store.value(EventColumn.ACTION, row), mapper.readTree(text).get("action").asText());
            assertTrue(text.getBytes(StandardCharsets.UTF_8).length == store.length(row)
                    || store.rawKind(row) != io.auditlens.store.RawKind.EVENT);
        }
    }
}
