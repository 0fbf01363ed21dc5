package io.auditlens.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one text document (a plain file, a decompressed gzip, a zip member): decides from the shape of its head
 * ({@link TextKind}) whether it is JSON Lines, one JSON array or a sequence of pretty-printed JSON values, and feeds
 * it to the parsers.
 * JSON Lines are cut into chunks of whole lines, and a JSON array into chunks of whole elements, and parsed on all
 * cores.
 */
final class TextDocumentReader {

    /** How many leading bytes are examined to tell the kinds of text apart. */
    static final int PEEK = 1 << 16;
    /** Longest line accepted; a longer one is rejected without being held in memory. */
    static final int MAX_LINE = 64 << 20;

    private final ParsePipeline pipeline;
    private final JsonSequenceReader sequenceReader;
    private final JsonArrayReader arrayReader;
    /** Columns of the batches made on the reading thread (lines rejected whole): one set, mapped once by the merger. */
    private final ThreadColumns readerColumns = new ThreadColumns();

    TextDocumentReader(ParsePipeline pipeline, JsonSequenceReader sequenceReader) {
        this.pipeline = pipeline;
        this.sequenceReader = sequenceReader;
        this.arrayReader = new JsonArrayReader(pipeline);
    }

    /**
     * Reads a document whose first byte is at {@code rawBase} in the raw file. {@code in} must support mark/reset
     * over {@link #PEEK} bytes. Returns the detected format; a document that is not JSON text fails its file.
     */
    String read(DocumentContext doc, BufferedInputStream in, long rawBase) throws IOException, InterruptedException {
        byte[] head = peek(in);
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        boolean whole = head.length < PEEK;
        TextKind kind = TextKind.of(head, bom, whole);
        switch (kind) {
            case EMPTY -> doc.file.note(doc.describe("the file holds no events (it is empty or blank)"));
            case BINARY -> doc.file.fail(doc.describe("unknown format: not JSON text (binary data)"));
            case UTF16_WITHOUT_BOM -> doc.file.fail(doc.describe("the file looks like UTF-16 text without a byte "
                    + "order mark; save it as UTF-8, or as UTF-16 with a byte order mark"));
            case NOT_JSON -> doc.file.fail(doc.describe("unknown format: the file does not contain JSON events"));
            case JSON_ARRAY -> arrayReader.read(doc, in, rawBase, bom);
            case JSON_VALUES -> sequenceReader.read(doc, in, rawBase, this::mergeQuietly);
            case JSON_LINES -> readLines(doc, in, rawBase, bom);
            default -> throw new IllegalStateException(kind.name());
        }
        return kind.format(head, bom, whole);
    }

    /**
     * Reads a document known to be JSON Lines, such as the rows of an archive put one per line: no detection, so a
     * first line that is not an object does not change how the rest is read.
     */
    void readJsonLines(DocumentContext doc, InputStream in, long rawBase) throws IOException, InterruptedException {
        readLines(doc, in, rawBase, 0);
    }

    /** Rejects the document's next line, after every chunk handed over before it, so line numbers stay in order. */
    void rejectLine(DocumentContext doc, String reason) throws InterruptedException {
        pipeline.mergeInOrder(EventBatch.rejectedLine(doc, reason, readerColumns));
    }

    private void mergeQuietly(EventBatch batch) {
        try {
            pipeline.mergeInOrder(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(PEEK + 1);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        return head;
    }

    /**
     * Cuts the stream into chunks of whole lines. If the stream breaks (a truncated gzip), the complete lines
     * read so far are still parsed and the error is rethrown for the file report.
     */
    private void readLines(DocumentContext doc, InputStream in, long rawBase, int skip)
            throws IOException, InterruptedException {
        byte[] buf = pipeline.takeBuffer();
        int len = 0;
        int start = skip; // the BOM stays in the raw file but is not part of the first line
        long bufBase = rawBase; // raw offset of buf[0]
        boolean eof = false;
        try {
            while (!eof) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                    if (len < buf.length) {
                        continue;
                    }
                }
                int cut = eof ? len : lastNewline(buf, start, len) + 1;
                if (cut <= start) {
                    if (buf.length < MAX_LINE) {
                        buf = grow(buf, len);
                        continue;
                    }
                    // One line fills the largest buffer: reject it and skip to its end.
                    long skipped = skipLine(in);
                    eof = skipped < 0;
                    rejectLine(doc, "line is longer than " + (MAX_LINE >> 20) + " MiB and was not read");
                    bufBase += len + Math.abs(skipped);
                    len = 0;
                    start = 0;
                    continue;
                }
                pipeline.submit(doc, buf, start, cut, bufBase);
                byte[] next = eof ? null : pipeline.takeBuffer();
                if (next != null) {
                    System.arraycopy(buf, cut, next, 0, len - cut);
                }
                bufBase += cut;
                len -= cut;
                start = 0;
                buf = next;
            }
        } catch (IOException e) {
            int cut = lastNewline(buf, start, len) + 1;
            if (cut > start) {
                pipeline.submit(doc, buf, start, cut, bufBase);
            } else {
                pipeline.release(buf);
            }
            throw e;
        }
    }

    private byte[] grow(byte[] buf, int len) {
        byte[] bigger = Arrays.copyOf(buf, Math.min(MAX_LINE, buf.length * 2));
        pipeline.release(buf);
        return bigger;
    }

    /** Skips to just past the next newline; the count is negative when the stream ended first. */
    private static long skipLine(InputStream in) throws IOException {
        long count = 0;
        int b;
        while ((b = in.read()) >= 0) {
            count++;
            if (b == '\n') {
                return count;
            }
        }
        return -count - 1;
    }

    private static int lastNewline(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return from - 1;
    }
}
