package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * Reads an input file read-only, feeding every byte to SHA-256 and counting progress, so the digest in the load
 * report is of exactly the bytes that were loaded.
 */
final class HashingInput extends InputStream {

    private final FileChannel channel;
    private final MessageDigest sha256;
    private final CancelSignal control;
    private final LongConsumer onBytes;
    private long consumed;

    HashingInput(Path path, CancelSignal control, LongConsumer onBytes) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.control = control;
        this.onBytes = onBytes;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        return OneByteRead.of(this);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        control.check();
        if (len == 0) {
            return 0;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, len));
        if (n > 0) {
            sha256.update(b, off, n);
            consumed += n;
            onBytes.accept(consumed);
        }
        return n;
    }

    /** Bytes read so far. */
    long consumed() {
        return consumed;
    }

    /** Reads what is left so the digest covers the whole file, then returns it as hex. */
    String finishDigest() throws IOException {
        byte[] rest = new byte[1 << 20];
        while (read(rest, 0, rest.length) > 0) {
            // only hashing
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
