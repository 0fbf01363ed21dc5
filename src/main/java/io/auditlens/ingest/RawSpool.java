package io.auditlens.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A private temp file holding the decompressed bytes of a gzip or zip input, so raw events can be fetched by
 * offset later without inflating again. Deleted when the JVM exits, or earlier by whoever owns the store.
 */
final class RawSpool implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private long size;

    private RawSpool(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static RawSpool create() throws IOException {
        Path path;
        try {
            path = Files.createTempFile("auditlens-", ".raw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            path = Files.createTempFile("auditlens-", ".raw"); // not a POSIX file system (Windows)
        }
        path.toFile().deleteOnExit();
        return new RawSpool(path, FileChannel.open(path, StandardOpenOption.WRITE));
    }

    Path path() {
        return path;
    }

    /** Bytes written so far: the offset the next write lands at. */
    long size() {
        return size;
    }

    void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        size += len;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
