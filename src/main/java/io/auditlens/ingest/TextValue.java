package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import io.auditlens.store.TextHash;
import io.auditlens.store.Utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of the scalar token a parser is on, as UTF-8 bytes with their {@link TextHash}: a view into the
 * parser's input when the text needs no decoding (most values), else a decoded copy. Valid until the parser
 * moves on; one instance per thread, reused for every value.
 */
final class TextValue {

    private byte[] decoded = new byte[256];
    private byte[] bytes;
    private int offset;
    private int length;
    private long hash;

    /** Reads the text of the parser's current string or number token. */
    void read(JsonParser p) throws IOException {
        if (!(p instanceof ValueScanningParser scanning) || !scanning.takePlainString(this)) {
            decode(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
    }

    /** Points at text the caller keeps unchanged while it is used, whose {@link TextHash} is known. */
    void view(byte[] buf, int off, int len, long textHash) {
        bytes = buf;
        offset = off;
        length = len;
        hash = textHash;
    }

    private void decode(char[] chars, int off, int len) {
        int room = len * Utf8.MAX_BYTES_PER_CHAR;
        if (decoded.length < room) {
            decoded = new byte[Math.max(room, decoded.length * 2)];
        }
        int n = Utf8.encode(chars, off, len, decoded);
        view(decoded, 0, n, TextHash.of(decoded, 0, n));
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    long hash() {
        return hash;
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
