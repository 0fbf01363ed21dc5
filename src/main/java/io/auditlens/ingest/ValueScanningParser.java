package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import io.auditlens.store.TextHash;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Jackson's UTF-8 parser, able to hand over a string value as the bytes it already holds in its buffer.
 * Loading needs every string of every event only as UTF-8 bytes (to hash and to look up in dictionaries);
 * decoding them into chars first and encoding them back cost about a fifth of a load's CPU time. Strings with
 * escapes, control characters or non-ASCII bytes still go through Jackson's own decoding and validation.
 */
final class ValueScanningParser extends UTF8StreamJsonParser {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    ValueScanningParser(IOContext context, int features, ObjectCodec codec, ByteQuadsCanonicalizer names,
                        byte[] buf, int start, int end) {
        // No bytes were consumed before `start`, so token offsets count from `start`, as Jackson's own do.
        super(context, features, null, codec, names, buf, start, end, 0, false);
    }

    /** A parser reading {@code in}, whose first {@code filled} bytes are already in {@code buf} (Jackson's own). */
    ValueScanningParser(IOContext context, int features, InputStream in, ObjectCodec codec,
                        ByteQuadsCanonicalizer names, byte[] buf, int filled) {
        super(context, features, in, codec, names, buf, 0, filled, 0, true);
    }

    /**
     * When the current token is a string of printable ASCII without escapes that ends inside the buffer, points
     * {@code out} at its bytes, moves past it and returns true. Otherwise changes nothing and returns false;
     * the caller then reads the text through Jackson. After true, the token's text must not be read again.
     */
    boolean takePlainString(TextValue out) {
        if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
            return false;
        }
        byte[] buf = _inputBuffer;
        int start = _inputPtr;
        int end = _inputEnd;
        long hash = TextHash.START; // computed while scanning, the bytes being at hand
        for (int i = start; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(buf, i);
            long special = specialBytes(word);
            if (special != 0) {
                int before = Long.numberOfTrailingZeros(special) >>> 3;
                if (before > 0) {
                    hash = TextHash.step(hash, word & ((1L << (before * 8)) - 1));
                }
                return finish(buf, start, i + before, hash, out);
            }
            hash = TextHash.step(hash, word);
        }
        return false; // near the input's end: Jackson reads it
    }

    private boolean finish(byte[] buf, int start, int stop, long partialHash, TextValue out) {
        if (buf[stop] != '"') {
            return false;
        }
        out.view(buf, start, stop - start, TextHash.finish(partialHash, stop - start));
        _inputPtr = stop + 1;
        _tokenIncomplete = false;
        return true;
    }

    /**
     * The high bit of each byte of {@code w} that is a quote, a backslash, a control character or not ASCII.
     * Bits above the lowest one may be spurious (borrows), so only the lowest one is used.
     */
    static long specialBytes(long w) {
        long quote = w ^ QUOTES;
        long backslash = w ^ BACKSLASHES;
        return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (w - SPACES) & ~w | w) & HIGH_BITS;
    }
}
