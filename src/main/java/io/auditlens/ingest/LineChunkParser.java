package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
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
    private ThreadColumns columns;
    /** The parser of JSON array chunks that shares this one's extractor and dictionaries. */
    private final ElementChunkParser elements;

    LineChunkParser(JsonFactory factory) {
        this(factory, new ThreadColumns());
    }

    /** A parser starting with the given dictionaries (a test's, with a small budget). */
    LineChunkParser(JsonFactory factory, ThreadColumns columns) {
        this.factory = factory;
        this.columns = columns;
        this.extractor = new EventExtractor(factory);
        this.elements = new ElementChunkParser(factory, extractor);
    }

    /** Parses a chunk of whole elements of a JSON array (see {@link ElementChunkParser}) with these dictionaries. */
    EventBatch parseElements(DocumentContext doc, byte[] buf, int from, int to, long rawBase) {
        columns = columns.renewedWhenFull();
        return elements.parse(doc, buf, from, to, rawBase, columns);
    }

    /**
     * Parses {@code buf[from, to)}, whose first byte sits at {@code rawBase + from} in the raw file.
     * Lines are numbered from 1 within the chunk.
     */
    EventBatch parse(DocumentContext doc, byte[] buf, int from, int to, long rawBase) {
        columns = columns.renewedWhenFull();
        EventBatch batch = new EventBatch(doc, (to - from) / 1200, false, columns);
        int pos = from;
        int lineBase = 0;
        while (pos < to) {
            int odd = streamRecords(batch, buf, pos, to, rawBase, lineBase);
            if (odd < 0) {
                break;
            }
            // One line needs a closer look (broken, not an object, or not alone on its line): judge it alone.
            lineBase += countNewlines(buf, pos, odd);
            int nl = indexOfNewline(buf, odd, to);
            int end = nl < 0 ? to : nl;
            lineBase++;
            parseLine(batch, buf, odd, trimEnd(buf, odd, end), rawBase, lineBase);
            pos = end + 1;
        }
        batch.lineCount = countNewlines(buf, from, to) + (to > from && buf[to - 1] != '\n' ? 1 : 0);
        return batch.seal();
    }

    /**
     * The fast path: one parser reads record after record, because creating a parser per line costs as much as
     * parsing the line. Returns -1 when the chunk is done, or the start of the first line that is not simply one
     * JSON object alone on its line, for {@link #parseLine} to judge.
     */
    private int streamRecords(EventBatch batch, byte[] buf, int pos, int to, long rawBase, int lineBase) {
        int recordStart = -1;
        int handled = pos; // end of the last record judged
        try (JsonParser p = factory.createParser(buf, pos, to - pos)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                int start = pos + (int) at.getByteOffset();
                if (t != JsonToken.START_OBJECT) {
                    return lineStart(buf, pos, start);
                }
                recordStart = start;
                boolean ok = extractor.readRecord(p);
                JsonLocation after = p.currentLocation();
                if (after.getLineNr() != at.getLineNr() || !onlySpaceToLineEnd(buf, pos + (int) after.getByteOffset(), to)) {
                    return lineStart(buf, pos, start);
                }
                int line = lineBase + at.getLineNr();
                if (ok) {
                    batch.accept(extractor, at.getByteOffset(), after.getByteOffset(), rawBase + pos, line);
                } else {
                    batch.reject(line, extractor.rejection());
                }
                recordStart = -1;
                handled = pos + (int) after.getByteOffset();
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            // Between records the failing token starts at the first non-blank byte after the last record.
            int failedAt = recordStart >= 0 ? recordStart : firstNonBlank(buf, handled, to);
            return lineStart(buf, pos, failedAt);
        }
    }

    private static int firstNonBlank(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n')) {
            i++;
        }
        return i;
    }

    /** Start of the line holding {@code at}, not before {@code floor}. */
    private static int lineStart(byte[] buf, int floor, int at) {
        for (int i = at - 1; i >= floor; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return floor;
    }

    /** Whether only blanks follow up to the line end; a lone CR would shift the parser's line count. */
    private static boolean onlySpaceToLineEnd(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b == '\n') {
                return true;
            }
            if (b == '\r' && i + 1 < to && buf[i + 1] != '\n') {
                return false;
            }
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Number of newline bytes in {@code buf[from, to)}, eight bytes at a time. */
    static int countNewlines(byte[] buf, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            // Exact per-byte zero test: the high bit ends up set only for bytes that were '\n'.
            long y = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
            count += Long.bitCount(y);
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                count++;
            }
        }
        return count;
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
