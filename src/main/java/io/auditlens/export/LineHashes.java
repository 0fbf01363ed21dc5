package io.auditlens.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of whole files and of single lines, as provenance records them. */
final class LineHashes {

    private static final HexFormat HEX = HexFormat.of();

    private LineHashes() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of a line's UTF-8 bytes (without its line end). */
    static String ofLine(byte[] line, int length) {
        MessageDigest d = sha256();
        d.update(line, 0, length);
        return HEX.formatHex(d.digest(), 0, 8);
    }

    /** As {@link #ofLine(byte[], int)} for text. */
    static String ofLine(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return ofLine(b, b.length);
    }

    /** All 64 hex digits of a finished digest. */
    static String hex(MessageDigest finished) {
        return HEX.formatHex(finished.digest());
    }
}
