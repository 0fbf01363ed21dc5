package io.auditlens.ingest;

import io.auditlens.store.EventColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.load;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gives a rejected line or a file error, and the good events around it still load. */
class LoaderBadInputTest {

    @TempDir
    Path dir;

    private FileReport loadLines(String... middle) throws IOException {
        StringBuilder sb = new StringBuilder(event(1)).append('\n');
        for (String m : middle) {
            sb.append(m).append('\n');
        }
        sb.append(event(2)).append('\n');
        LoadResult r = load(write(dir, "bad.ndjson", sb.toString()));
        FileReport f = r.files().get(0);
        assertEquals(2, f.events(), "the good events around the bad line load");
        assertNull(f.fileError());
        return f;
    }

    private static void assertRejected(FileReport f, int line, String reasonPart) {
        assertTrue(f.errors().stream().anyMatch(e -> e.line() == line && e.message().contains(reasonPart)),
                () -> "expected line " + line + " with '" + reasonPart + "' in " + f.errors());
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        FileReport f = loadLines("{\"action\": \"x\", oops}");
        assertEquals(1, f.rejected());
        assertRejected(f, 2, "broken JSON at column 17");
    }

    @Test
    void truncatedLineDoesNotSwallowTheNextOne() throws IOException {
        String cut = event(3).substring(0, event(3).indexOf("\"outcome\"") + 10);
        String content = event(1) + "\n" + cut + "\n" + event(4) + "\n{\"action\":\n"
                + "\"container-registry.image.pull\",\"eventTime\":\"2026-03-04T12:00:00Z\"}\n" + event(2) + "\n";
        FileReport f = load(write(dir, "cut.ndjson", content)).files().get(0);
        assertEquals(3, f.events());
        assertEquals(3, f.rejected());
        assertRejected(f, 2, "broken JSON");
        assertRejected(f, 4, "broken JSON");
        assertRejected(f, 5, "not a JSON object");
    }

    @Test
    void twoObjectsOnOneLineAreRejected() throws IOException {
        FileReport f = loadLines(event(3) + " " + event(4));
        assertRejected(f, 2, "unexpected text after the JSON object");
    }

    @Test
    void nonObjectLines() throws IOException {
        FileReport f = loadLines("[1,2]", "42", "\"text\"", "null");
        assertEquals(4, f.rejected());
        assertRejected(f, 2, "not a JSON object (starts with an array)");
        assertRejected(f, 3, "a number");
    }

    @Test
    void missingActionOrEventTime() throws IOException {
        FileReport f = loadLines("{\"eventTime\":\"2026-03-04T12:00:00Z\"}", "{\"action\":\"container-registry.image.pull\"}",
                "{\"action\":7,\"eventTime\":\"2026-03-04T12:00:00Z\"}");
        assertRejected(f, 2, "missing action");
        assertRejected(f, 3, "missing eventTime");
        assertRejected(f, 4, "action is not a string");
    }

    @Test
    void impossibleDate() throws IOException {
        FileReport f = loadLines(event(3).replace("2026-03-04", "2026-02-30"));
        assertRejected(f, 2, "is not a valid time");
    }

    @Test
    void thirtyMegabyteLineLoads() throws IOException {
        String huge = event(3).replace("Container Registry: pull image", "x".repeat(30 << 20));
        LoadResult r = load(write(dir, "huge.ndjson", event(1) + "\n" + huge + "\n" + event(2) + "\n"));
        assertEquals(3, r.store().size());
        assertEquals(30 << 20, r.store().value(EventColumn.MESSAGE, 1).indexOf(" us.icr.io"));
    }

    @Test
    void nestingHundredThousandDeep() throws IOException {
        String deep = "{\"action\":\"a\",\"eventTime\":\"2026-03-04T12:00:00Z\",\"requestData\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        FileReport f = loadLines(deep);
        assertRejected(f, 2, "too deeply nested");
    }

    @Test
    void invalidUtf8AndNulBytes() throws IOException {
        byte[] good1 = (event(1) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = "{\"action\":\"a\u00ff\",\"eventTime\":\"2026-03-04T12:00:00Z\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] nul = "{\"action\":\"a\u0000b\",\"eventTime\":\"2026-03-04T12:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] good2 = (event(2) + "\n").getBytes(StandardCharsets.UTF_8);
        FileReport f = load(write(dir, "bytes.ndjson", concat(good1, badUtf8, nul, good2))).files().get(0);
        assertEquals(2, f.events());
        assertEquals(2, f.rejected());
        assertRejected(f, 2, "UTF-8");
        assertRejected(f, 3, "code 0");
    }

    @Test
    void binaryGarbageIsAnUnknownFormat() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0x89; // like a PNG
        garbage[1] = 1;
        FileReport f = load(write(dir, "picture.png", garbage)).files().get(0);
        assertTrue(f.failed());
        assertTrue(f.fileError().startsWith("unknown format"), f.fileError());
    }

    @Test
    void emptyFileIsReportedNotFatal() throws IOException {
        FileReport f = load(write(dir, "empty.ndjson", "")).files().get(0);
        assertFalse(f.failed());
        assertEquals("empty", f.format());
        assertEquals(0, f.events());
        assertTrue(f.errors().get(0).message().contains("empty"));
    }

    @Test
    void truncatedGzipKeepsEventsBeforeTheDamage() throws IOException {
        byte[] gz = TestEvents.gzip(lines(2000));
        Path p = write(dir, "cut.gz", Arrays.copyOf(gz, gz.length / 2));
        FileReport f = load(p).files().get(0);
        assertTrue(f.failed());
        assertTrue(f.fileError().contains("cannot be read past byte"), f.fileError());
        assertTrue(f.events() > 100 && f.events() < 2000, "kept " + f.events());
        assertEquals(64, f.sha256().length());
    }

    @Test
    void zipMemberOfTwoHundredMegabytesOfBlankLines() throws IOException {
        Path p = dir.resolve("blank.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("events.ndjson"));
            zip.write((event(1) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            Arrays.fill(blank, (byte) '\n');
            for (int i = 0; i < 200; i++) {
                zip.write(blank);
            }
            zip.write((event(2) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        FileReport f = load(p).files().get(0);
        assertEquals(2, f.events());
        assertEquals(0, f.rejected());
    }

    @Test
    void missingFileAndFolderWithNothingReadable() throws IOException {
        Files.createDirectories(dir.resolve("nothing/.git"));
        write(dir, "nothing/.git/config", "x");
        Path good = write(dir, "good.ndjson", lines(3));
        LoadResult r = load(dir.resolve("missing.ndjson"), dir.resolve("nothing"), good);
        assertEquals("no such file or folder", r.files().get(0).fileError());
        assertEquals("the folder holds no readable files", r.files().get(1).fileError());
        assertEquals(3, r.files().get(2).events());
        assertTrue(r.anyFileFailed());
    }

    @Test
    void cloudTrailAndGcpAreNamed() throws IOException {
        FileReport trail = load(write(dir, "trail.json", "{\"Records\":[{\"eventVersion\":\"1.08\"}]}")).files().get(0);
        assertTrue(trail.failed());
        assertTrue(trail.fileError().contains("CloudTrail"), trail.fileError());
        FileReport pretty = load(write(dir, "trail-pretty.json",
                "{\n  \"Records\": [\n    {\"eventVersion\": \"1.08\"}\n  ]\n}\n")).files().get(0);
        assertTrue(pretty.fileError().contains("CloudTrail"), pretty.fileError());
        assertEquals(64, pretty.sha256().length());
        FileReport gcp = load(write(dir, "gcp.ndjson", "{\"protoPayload\":{\"methodName\":\"x\"},\"timestamp\":\"t\"}\n"))
                .files().get(0);
        assertTrue(gcp.fileError().contains("Google Cloud"), gcp.fileError());
    }

    @Test
    void arraySyntaxErrorLosesOnlyItsElement() throws IOException {
        String content = "[\n" + event(1) + ",\n" + event(2) + ",\n{\"broken\": }\n, " + event(3) + "]";
        FileReport f = load(write(dir, "a.json", content)).files().get(0);
        assertEquals(3, f.events());
        assertEquals(1, f.rejected());
        assertRejected(f, 4, "broken JSON, the element is not read");
    }

    @Test
    void onlyFirstHundredRejectionsKeptButAllCounted() throws IOException {
        String[] bad = new String[250];
        Arrays.fill(bad, "nope");
        FileReport f = loadLines(bad);
        assertEquals(250, f.rejected());
        assertEquals(100, f.errors().size());
    }

    @Test
    void inputFilesAreNotModified() throws IOException {
        Path p = write(dir, "a.ndjson", lines(3));
        var before = Files.getLastModifiedTime(p);
        byte[] bytes = Files.readAllBytes(p);
        load(p);
        assertEquals(before, Files.getLastModifiedTime(p));
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(p)));
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        return out.toByteArray();
    }

}
