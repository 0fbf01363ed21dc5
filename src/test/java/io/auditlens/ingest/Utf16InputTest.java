package io.auditlens.ingest;

import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents.RawEventException;
import io.auditlens.store.RawEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UTF-16 text with a byte order mark (what Windows PowerShell writes) loads like its UTF-8 original. */
class Utf16InputTest {

    @TempDir
    Path dir;

    /** The text as PowerShell's {@code Out-File} writes it: a byte order mark, then CRLF line ends. */
    private static byte[] powerShell(String text, Charset utf16, int bom1, int bom2) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom1);
        out.write(bom2);
        out.writeBytes(text.replace("\n", "\r\n").getBytes(utf16));
        return out.toByteArray();
    }

    @Test
    void littleAndBigEndianLoadTheSameEventsAsUtf8() throws IOException, RawEventException {
        String text = lines(40).replace("ana@example.com", "anä@exämple.com \uD83D\uDE00");
        LoadResult utf8 = TestEvents.load(write(dir, "a.ndjson", text));
        LoadResult le = TestEvents.load(write(dir, "le.ndjson", powerShell(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        LoadResult be = TestEvents.load(write(dir, "be.ndjson", powerShell(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF)));

        assertEquals("utf-16le+ndjson", le.files().get(0).format());
        assertEquals("utf-16be+ndjson", be.files().get(0).format());
        for (LoadResult r : new LoadResult[] {le, be}) {
            FileReport f = r.files().get(0);
            assertNull(f.fileError());
            assertEquals(40, f.events());
            assertEquals(0, f.rejected());
            assertSameEvents(utf8.store(), r.store());
        }
    }

    @Test
    void gzippedUtf16IsDecodedToo() throws IOException {
        byte[] bytes = powerShell(lines(5), StandardCharsets.UTF_16LE, 0xFF, 0xFE);
        FileReport f = TestEvents.load(write(dir, "le.ndjson.gz", TestEvents.gzip(bytes))).files().get(0);
        assertEquals("gzip+utf-16le+ndjson", f.format());
        assertEquals(5, f.events());
    }

    @Test
    void withoutByteOrderMarkTheFileGetsOneClearLine() throws IOException {
        FileReport f = TestEvents.load(write(dir, "nobom.ndjson", lines(3).getBytes(StandardCharsets.UTF_16LE)))
                .files().get(0);
        assertEquals(0, f.events());
        assertTrue(f.fileError().contains("looks like UTF-16 text without a byte order mark"), f.fileError());
    }

    private static void assertSameEvents(EventStore expected, EventStore actual) throws RawEventException {
        assertEquals(expected.size(), actual.size());
        RawEvents want = new RawEvents(expected);
        RawEvents got = new RawEvents(actual);
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(want.text(row), got.text(row), "the original JSON of event " + row);
        }
    }
}
