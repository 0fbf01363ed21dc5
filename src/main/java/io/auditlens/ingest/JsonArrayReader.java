package io.auditlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a document that is one JSON array of events on all cores: {@link ArrayElementScan} cuts it into chunks of
 * whole elements as it is read, and the parser threads parse the chunks as they parse chunks of JSON Lines.
 */
final class JsonArrayReader {

    private final ParsePipeline pipeline;
    /** Columns of the batches made on the reading thread: one set, mapped once by the merger. */
    private final ThreadColumns readerColumns = new ThreadColumns();

    JsonArrayReader(ParsePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Reads the array in {@code in}, whose first byte is at {@code rawBase} in the raw file, skipping
     * {@code skip} leading bytes (a byte order mark). If the stream breaks, the whole elements read so far are
     * still parsed and the error is rethrown for the file report.
     */
    void read(DocumentContext doc, InputStream in, long rawBase, int skip) throws IOException, InterruptedException {
        ArrayElementScan scan = new ArrayElementScan();
        byte[] buf = pipeline.takeBuffer();
        int len = 0;
        int start = skip;
        int scanned = skip;
        long bufBase = rawBase;
        try {
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                boolean eof = n < 0;
                if (!eof) {
                    len += n;
                    if (len < buf.length) {
                        continue;
                    }
                }
                scan.scan(buf, scanned, len);
                scanned = len;
                if (scan.end() >= 0 || eof) {
                    finish(doc, in, scan, buf, start, len, bufBase);
                    return;
                }
                int cut = scan.lastBoundary() + 1;
                if (cut <= start) {
                    if (buf.length < TextDocumentReader.MAX_LINE) {
                        buf = grow(buf, len);
                        continue;
                    }
                    pipeline.mergeInOrder(rejection(doc, 1, "an array element is longer than "
                            + (TextDocumentReader.MAX_LINE >> 20) + " MiB; the rest of the document is not read"));
                    pipeline.release(buf);
                    return;
                }
                pipeline.submitElements(doc, buf, start, cut, bufBase);
                byte[] next = pipeline.takeBuffer();
                System.arraycopy(buf, cut, next, 0, len - cut);
                scan.shift(cut);
                bufBase += cut;
                len -= cut;
                scanned = len;
                start = 0;
                buf = next;
            }
        } catch (IOException e) {
            int cut = scan.lastBoundary() + 1;
            if (cut > start) {
                pipeline.submitElements(doc, buf, start, cut, bufBase);
            } else {
                pipeline.release(buf);
            }
            throw e;
        }
    }

    /** Parses the last chunk, then rejects what is wrong at the end: an array left open, or text after it. */
    private void finish(DocumentContext doc, InputStream in, ArrayElementScan scan, byte[] buf, int start, int len,
                        long bufBase) throws IOException, InterruptedException {
        int end = scan.end();
        int chunkEnd = end >= 0 ? end + 1 : len;
        // Copied: the chunk buffer goes back to the pool when parsed, and the bytes after the array are read here.
        byte[] rest = end >= 0 ? Arrays.copyOfRange(buf, chunkEnd, len) : new byte[0];
        pipeline.submitElements(doc, buf, start, chunkEnd, bufBase);
        if (end < 0) {
            if (scan.betweenElements()) { // a cut element is rejected by its parser
                pipeline.mergeInOrder(rejection(doc, 1, "broken JSON: the file ends before the JSON array is closed"));
            }
            return;
        }
        int lines = 0;
        for (byte b : rest) {
            if (b == '\n') {
                lines++;
            } else if (!ArrayElementScan.isBlank(b)) {
                pipeline.mergeInOrder(rejection(doc, lines + 1, "unexpected content after the JSON array"));
                return;
            }
        }
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                lines++;
            } else if (!ArrayElementScan.isBlank((byte) b)) {
                pipeline.mergeInOrder(rejection(doc, lines + 1, "unexpected content after the JSON array"));
                return;
            }
        }
    }

    /** A batch of one rejection, numbered from the line where the last chunk ended. */
    private EventBatch rejection(DocumentContext doc, int line, String reason) {
        EventBatch batch = new EventBatch(doc, 0, false, readerColumns);
        batch.reject(line, reason);
        return batch.seal();
    }

    private byte[] grow(byte[] buf, int len) {
        byte[] bigger = Arrays.copyOf(buf, Math.min(TextDocumentReader.MAX_LINE, buf.length * 2));
        pipeline.release(buf);
        return bigger;
    }
}
