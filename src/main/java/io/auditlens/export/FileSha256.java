package io.auditlens.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** The SHA-256 of a file, read as a stream. */
final class FileSha256 {

    private FileSha256() {
    }

    static String of(Path file) throws IOException {
        MessageDigest d = LineHashes.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return LineHashes.hex(d);
    }
}
