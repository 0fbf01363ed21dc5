package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses a chunk of whole lines (JSON Lines with or without wrappers) into an {@link EventBatch}.
 * One instance per worker thread; a broken line is rejected and parsing goes on with the next one.
 */
final class LineChunkParser {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final JsonFactory factory;
    private final EventExtractor extractor;

    LineChunkParser(JsonFactory factory) {
        this.factory = factory;
        this.extractor = new EventExtractor(factory);
    }

    /**
     * Parses {@code buf[from, to)}, whose first byte sits at {@code rawBase + from} in the raw file.
     * Lines are numbered from 1 within the chunk.
     */
    EventBatch parse(DocumentContext doc, byte[] buf, int from, int to, long rawBase) {
        EventBatch batch = new EventBatch(doc, (to - from) / 900, false);
        int lineNo = 0;
        int start = from;
        while (start < to) {
            int nl = indexOfNewline(buf, start, to);
            int end = nl < 0 ? to : nl;
            lineNo++;
            parseLine(batch, buf, start, trimEnd(buf, start, end), rawBase, lineNo);
            start = end + 1;
        }
        batch.lineCount = lineNo;
        return batch;
    }

    private void parseLine(EventBatch batch, byte[] buf, int start, int end, long rawBase, int lineNo) {
        int first = skipSpace(buf, start, end);
        if (first == end) {
            return; // blank lines are skipped, not rejected
        }
        try (JsonParser p = factory.createParser(buf, first, end - first)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                batch.reject(lineNo, "not a JSON object (starts with " + describe(t) + ")");
                return;
            }
            if (!extractor.readRecord(p)) {
                batch.reject(lineNo, extractor.rejection());
                return;
            }
            if (p.nextToken() != null) {
                batch.reject(lineNo, "unexpected text after the JSON object at column "
                        + (p.currentTokenLocation().getByteOffset() + first - start + 1));
                return;
            }
            // Parser offsets count from the first byte given to it, i.e. from `first`.
            batch.accept(extractor, 0, end - first, rawBase + first, lineNo);
        } catch (IOException | RuntimeException ex) {
            batch.reject(lineNo, LineRejections.describeAt(ex, start - first));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString();
        };
    }

    /** Index of the next newline in {@code buf[from, to)}, or -1; eight bytes at a time. */
    static int indexOfNewline(byte[] buf, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(buf, i) ^ NEWLINES;
            long found = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int trimEnd(byte[] buf, int start, int end) {
        while (end > start && (buf[end - 1] == '\r' || buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    private static int skipSpace(byte[] buf, int start, int end) {
        int i = start;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r')) {
            i++;
        }
        return i;
    }
}
