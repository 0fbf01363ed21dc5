package io.auditlens.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text, as Windows PowerShell writes it by default ({@code Out-File}, {@code >}): recognised by its byte
 * order mark and re-encoded as UTF-8 for the parsers; without a mark, recognised by its zero bytes so the file
 * gets a clear message instead of a line of garbage per record.
 *
 * @param text the document's text as UTF-8, without the byte order mark
 * @param prefix {@code "utf-16le+"} or {@code "utf-16be+"} for the report's format name, empty for UTF-8
 */
record Utf16Text(InputStream text, String prefix) {

    /** Whether the text was re-encoded, so offsets no longer point into the raw bytes. */
    boolean decoded() {
        return !prefix.isEmpty();
    }

    /** Reads {@code in}'s byte order mark: UTF-16 is decoded, anything else is passed on as it is. */
    static Utf16Text of(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        if (a == 0xFF && b == 0xFE) {
            return new Utf16Text(new Utf8Encoding(in, StandardCharsets.UTF_16LE), "utf-16le+");
        }
        if (a == 0xFE && b == 0xFF) {
            return new Utf16Text(new Utf8Encoding(in, StandardCharsets.UTF_16BE), "utf-16be+");
        }
        in.reset();
        return new Utf16Text(in, "");
    }

    /**
     * Whether the head looks like UTF-16 without a byte order mark: JSON's ASCII characters then have a zero byte
     * beside every one of them, all on the same side.
     */
    static boolean looksLikeUtf16WithoutBom(byte[] head, int from) {
        int n = Math.min(head.length - from, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += head[from + i] == 0 ? 1 : 0;
            oddZeros += head[from + i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs)
                || (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs);
    }

    /** Decodes a UTF-16 byte stream and hands out its text as UTF-8 bytes; broken pairs become U+FFFD. */
    private static final class Utf8Encoding extends InputStream {

        private final Reader chars;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer pending = CharBuffer.allocate(1 << 14);
        private final ByteBuffer encoded = ByteBuffer.allocate(1 << 16);
        private boolean charsEnded;

        Utf8Encoding(InputStream in, Charset utf16) {
            this.chars = new InputStreamReader(in, utf16.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            encoded.flip();
        }

        @Override
        public int read() throws IOException {
            return OneByteRead.of(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!encoded.hasRemaining()) {
                if (charsEnded && pending.position() == 0) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, encoded.remaining());
            encoded.get(b, off, n);
            return n;
        }

        private void fill() throws IOException {
            if (!charsEnded) {
                int n = chars.read(pending.array(), pending.position(), pending.remaining());
                if (n < 0) {
                    charsEnded = true;
                } else {
                    pending.position(pending.position() + n);
                }
            }
            pending.flip();
            encoded.clear();
            encoder.encode(pending, encoded, charsEnded);
            if (charsEnded && !pending.hasRemaining()) {
                encoder.flush(encoded);
            }
            pending.compact();
            encoded.flip();
        }
    }
}
