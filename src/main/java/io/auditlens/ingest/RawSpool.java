package io.auditlens.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * A private temp file holding the decompressed bytes of a gzip or zip input, so raw events can be fetched by
 * offset later without inflating again. Deleted when the JVM exits, or earlier by whoever owns the store.
 * <p>It goes to {@code AUDITLENS_TMPDIR} when set; else to the memory-backed {@code /dev/shm} when that has ample
 * room, because writing a gigabyte through a disk file system costs more CPU than inflating it; else to the
 * system temp folder.
 */
final class RawSpool implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private long size;

    private RawSpool(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Room a memory-backed folder must have left, beyond the expected copy, to be chosen. */
    private static final long SHM_MARGIN = 2L << 30;

    /** A new spool sized for about {@code expectedBytes} of decompressed data. */
    static RawSpool create(long expectedBytes) throws IOException {
        Path dir = folderFor(expectedBytes);
        String prefix = StaleSpools.prefixForThisProcess();
        Path path;
        try {
            path = Files.createTempFile(dir, prefix, StaleSpools.SUFFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            path = Files.createTempFile(dir, prefix, StaleSpools.SUFFIX); // not a POSIX file system (Windows)
        }
        path.toFile().deleteOnExit();
        return new RawSpool(path, FileChannel.open(path, StandardOpenOption.WRITE));
    }

    /** Every folder a spool may go to, for {@link StaleSpools#sweep} to look in. */
    static List<Path> folders() {
        return configuredFolder().map(List::of)
                .orElseGet(() -> List.of(SHM, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    private static final Path SHM = Path.of("/dev/shm");

    private static Optional<Path> configuredFolder() {
        String configured = System.getenv("AUDITLENS_TMPDIR");
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
    }

    private static Path folderFor(long expectedBytes) {
        Optional<Path> configured = configuredFolder();
        if (configured.isPresent()) {
            return configured.get();
        }
        Path shm = SHM;
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)
                    && Files.getFileStore(shm).getUsableSpace() > expectedBytes * 2 + SHM_MARGIN) {
                return shm;
            }
        } catch (IOException | SecurityException e) {
            // fall back to the system temp folder
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
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
