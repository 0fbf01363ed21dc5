package io.auditlens.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds where the elements of one JSON array begin and end without parsing them, so that the array can be cut into
 * chunks of whole elements for the parser threads. It follows only strings (and their escapes) and bracket depth,
 * across as many buffers as the array spans, and blanks the array's own brackets and the commas between its
 * elements: a chunk is then a plain sequence of JSON values, with every byte still at its offset in the file.
 */
final class ArrayElementScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long COMMAS = ONES * ',';
    private static final long OPEN_BRACES = ONES * '{';
    private static final long CLOSE_BRACES = ONES * '}';
    private static final long OPEN_BRACKETS = ONES * '[';
    private static final long CLOSE_BRACKETS = ONES * ']';

    private int depth;
    private boolean inString;
    private boolean escaped;
    private int lastBoundary = -1;
    private int end = -1;

    /**
     * Scans {@code buf[from, to)}, which follows what was scanned before. Afterwards {@link #lastBoundary()} is the
     * last place to cut the buffer between elements, and {@link #end()} the closing bracket once it was seen.
     * The first byte that is not blank must be the array's opening bracket.
     */
    void scan(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && end < 0) {
            if (inString) {
                i = skipString(buf, i, to);
                continue;
            }
            i = skipPlain(buf, i, to);
            if (i == to) {
                break;
            }
            byte b = buf[i];
            if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (depth++ == 0) {
                    buf[i] = ' ';
                }
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    buf[i] = ' ';
                    end = i;
                    lastBoundary = i;
                }
            } else if (b == ',' && depth == 1) {
                buf[i] = ' ';
                lastBoundary = i;
            }
            i++;
        }
    }

    /** Moves past string content, eight bytes at a time while they hold no quote and no backslash. */
    private int skipString(byte[] buf, int from, int to) {
        int i = from;
        if (escaped) {
            escaped = false;
            return i + 1;
        }
        while (i + Long.BYTES <= to) {
            long word = (long) LONGS.get(buf, i);
            if (hasByte(word ^ QUOTES) || hasByte(word ^ BACKSLASHES)) {
                break;
            }
            i += Long.BYTES;
        }
        for (; i < to; i++) {
            byte b = buf[i];
            if (b == '\\') {
                if (i + 1 == to) {
                    escaped = true; // the escaped byte is in the next buffer
                    return to;
                }
                i++;
            } else if (b == '"') {
                inString = false;
                return i + 1;
            }
        }
        return to;
    }

    /**
     * Moves past bytes outside strings that change nothing (blanks, colons, numbers, words), eight at a time while
     * none of them is a quote, a bracket or a comma: a pretty-printed array is mostly indentation, which a byte
     * at a time made this scan the reading thread's largest cost.
     */
    private static int skipPlain(byte[] buf, int from, int to) {
        int i = from;
        while (i + Long.BYTES <= to) {
            long word = (long) LONGS.get(buf, i);
            if (hasByte(word ^ QUOTES) || hasByte(word ^ COMMAS) || hasByte(word ^ OPEN_BRACES)
                    || hasByte(word ^ CLOSE_BRACES) || hasByte(word ^ OPEN_BRACKETS) || hasByte(word ^ CLOSE_BRACKETS)) {
                break;
            }
            i += Long.BYTES;
        }
        return i;
    }

    private static boolean hasByte(long xored) {
        return ((xored - ONES) & ~xored & HIGHS) != 0;
    }

    /** The index of the last blanked comma or closing bracket, or -1: the buffer can be cut just after it. */
    int lastBoundary() {
        return lastBoundary;
    }

    /** The index of the array's closing bracket, or -1 while it has not been seen. */
    int end() {
        return end;
    }

    /** Whether the scan stopped inside the array but between two of its elements. */
    boolean betweenElements() {
        return depth == 1 && !inString;
    }

    /** The buffer was cut at {@code cut} and its rest moved to the start of a new one. */
    void shift(int cut) {
        lastBoundary = lastBoundary >= cut ? lastBoundary - cut : -1;
        end = end >= cut ? end - cut : -1;
    }

    /**
     * Where the value starting at or after {@code from} ends (its closing bracket, or the first blank after a bare
     * word), for skipping an element that does not parse; {@code to} if it does not end before.
     */
    static int valueEnd(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && isBlank(buf[i])) {
            i++;
        }
        int depth = 0;
        boolean inString = false;
        for (; i < to; i++) {
            byte b = buf[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth <= 0) {
                    return i + 1;
                }
            } else if (depth == 0 && isBlank(b)) {
                return i;
            }
        }
        return to;
    }

    static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
