package io.auditlens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decompression bomb stops at the private copy's limit with a clear error; the other inputs still load. */
class DecompressionBombTest {

    /** Copies may reach 1 MiB, or 10 times their compressed size; room is checked every 64 KiB. */
    private static final SpoolLimits SMALL = new SpoolLimits(64 << 10, 0, 0, 10, 1 << 20);

    @TempDir
    Path dir;

    private static byte[] repeated(String line, int times, boolean zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out;
        if (zip) {
            ZipOutputStream z = new ZipOutputStream(bytes);
            z.putNextEntry(new ZipEntry("bomb.ndjson"));
            out = z;
        } else {
            out = new GZIPOutputStream(bytes);
        }
        byte[] one = line.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < times; i++) {
            out.write(one);
        }
        out.close();
        return bytes.toByteArray();
    }

    private LoadResult loadWithGoodNeighbours(Path bomb) throws IOException {
        Path before = write(dir, "before.ndjson", lines(3));
        Path after = write(dir, "after.ndjson.gz", TestEvents.gzip(lines(5).replace("-4000-", "-4001-")));
        LoadResult r = new Loader(2, SMALL).load(List.of(before, bomb, after));
        assertEquals(3, r.files().get(0).events());
        assertEquals(5, r.files().get(2).events(), "the input after the bomb loads");
        assertNull(r.files().get(2).fileError());
        return r;
    }

    private static void assertStoppedAtTheLimit(FileReport f) {
        assertTrue(f.failed());
        assertTrue(f.fileError().contains("decompression bomb"), f.fileError());
        assertTrue(f.fileError().startsWith("stopped after 1.0 MiB of decompressed data"), f.fileError());
    }

    @Test
    void repeatedEventsStopAtTheLimitAndKeepWhatCameBefore() throws IOException {
        String line = event(77) + "\n";
        Path bomb = write(dir, "bomb.ndjson.gz", repeated(line, 20_000, false));
        FileReport f = loadWithGoodNeighbours(bomb).files().get(1);
        assertStoppedAtTheLimit(f);
        assertEquals(1, f.events());
        long wholeLines = (1 << 20) / line.length();
        assertTrue(f.duplicates() >= wholeLines - 2 && f.duplicates() < wholeLines, "duplicates: " + f.duplicates());
        assertEquals(TestEvents.sha256(Files.readAllBytes(bomb)), f.sha256(), "the input is still hashed whole");
    }

    @Test
    void blankLinesStopAtTheLimit() throws IOException {
        Path bomb = write(dir, "blank.ndjson.gz", repeated("\n".repeat(1000), 20_000, false));
        FileReport f = loadWithGoodNeighbours(bomb).files().get(1);
        assertStoppedAtTheLimit(f);
        assertEquals(0, f.events());
    }

    @Test
    void aZipMemberStopsAtTheLimit() throws IOException {
        Path bomb = write(dir, "bomb.zip", repeated(event(78) + "\n", 20_000, true));
        FileReport f = loadWithGoodNeighbours(bomb).files().get(1);
        assertStoppedAtTheLimit(f);
        assertEquals(1, f.events());
    }

    @Test
    void aCopyWithinTheLimitLoadsWhole() throws IOException {
        Path gz = write(dir, "fine.ndjson.gz", TestEvents.gzip(lines(1000)));
        FileReport f = new Loader(2, SMALL).load(List.of(gz)).files().get(0);
        assertNull(f.fileError());
        assertEquals(1000, f.events());
    }
}
