package io.auditlens.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A private temp file holding the decompressed bytes of a gzip or zip input, so raw events can be fetched by
 * offset later without inflating again. Deleted when the JVM exits, or earlier by whoever owns the store.
 * <p>It goes to {@code AUDITLENS_TMPDIR} when set; else to the memory-backed {@code /dev/shm} when that has ample
 * room, because writing a gigabyte through a disk file system costs more CPU than inflating it; else to the
 * system temp folder. Its room is checked as it grows ({@link SpoolLimits}): it moves from memory to the disk
 * before memory runs short, and it stops (the data ends there, {@link #stopReason} says why) before the disk runs
 * short or when it grows like a decompression bomb.
 */
final class RawSpool implements AutoCloseable {

    private static final Path SHM = Path.of("/dev/shm");

    private final SpoolLimits limits;
    private final long cap;
    private Path path;
    private FileChannel channel;
    private long size;
    private long nextCheck;
    private String stopReason;

    private RawSpool(Path path, SpoolLimits limits, long cap) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.limits = limits;
        this.cap = cap;
        this.nextCheck = limits.checkEvery();
    }

    /** A new spool for the decompressed data of an input of {@code compressedBytes}. */
    static RawSpool create(long compressedBytes, SpoolLimits limits) throws IOException {
        long expected = compressedBytes * LoadRun.EXPANSION;
        return new RawSpool(newFile(folderFor(expected, limits)), limits, limits.capFor(compressedBytes));
    }

    private static Path newFile(Path dir) throws IOException {
        String prefix = StaleSpools.prefixForThisProcess();
        Path path;
        try {
            path = Files.createTempFile(dir, prefix, StaleSpools.SUFFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            path = Files.createTempFile(dir, prefix, StaleSpools.SUFFIX); // not a POSIX file system (Windows)
        }
        path.toFile().deleteOnExit();
        return path;
    }

    /** Every folder a spool may go to, for {@link StaleSpools#sweep} to look in. */
    static List<Path> folders() {
        return configuredFolder().map(List::of).orElseGet(() -> List.of(SHM, diskFolder()));
    }

    private static Path diskFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Optional<Path> configuredFolder() {
        String configured = System.getenv("AUDITLENS_TMPDIR");
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
    }

    private static Path folderFor(long expectedBytes, SpoolLimits limits) {
        Optional<Path> configured = configuredFolder();
        if (configured.isPresent()) {
            return configured.get();
        }
        try {
            if (Files.isDirectory(SHM) && Files.isWritable(SHM)
                    && memoryRoomLeft(Files.getFileStore(SHM), limits) > expectedBytes * 2) {
                return SHM;
            }
        } catch (IOException | SecurityException e) {
            // fall back to the system temp folder
        }
        return diskFolder();
    }

    /** Room in a memory-backed store beyond what must stay free for everything else. */
    private static long memoryRoomLeft(FileStore store, SpoolLimits limits) throws IOException {
        return store.getUsableSpace() - Math.max(limits.memoryMargin(), store.getTotalSpace() / 4);
    }

    /** Where the copy is now; it can move from memory to disk while it is written, so read this after closing. */
    Path path() {
        return path;
    }

    /** Bytes written so far: the offset the next write lands at. */
    long size() {
        return size;
    }

    /** Why the copy stopped growing (the data was cut there), or empty while it has room. */
    Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /**
     * Appends as many of the bytes as the copy has room for and returns how many that was; once it falls short,
     * the copy is full and takes nothing more.
     */
    int tryWrite(byte[] b, int off, int len) throws IOException {
        if (stopReason != null) {
            return 0;
        }
        int fits = (int) Math.min(len, cap - size);
        if (fits < len) {
            stop(String.format(Locale.ROOT, "stopped after %s of decompressed data: it expands more than %d times "
                    + "its compressed size, as a decompression bomb does; the events before that point are loaded",
                    mebibytes(cap), limits.maxExpansion()));
        }
        if (size + fits >= nextCheck) {
            nextCheck = size + fits + limits.checkEvery();
            if (!checkRoom()) {
                return 0;
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(b, off, fits);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        size += fits;
        return fits;
    }

    /** Moves to the disk when memory runs short; stops when the disk would. */
    private boolean checkRoom() throws IOException {
        FileStore store = Files.getFileStore(path);
        boolean inMemory = path.startsWith(SHM);
        if (inMemory && memoryRoomLeft(store, limits) < limits.checkEvery()) {
            moveToDisk();
            store = Files.getFileStore(path);
        }
        if (!path.startsWith(SHM) && store.getUsableSpace() - limits.checkEvery() < limits.diskMargin()) {
            stop("stopped after " + mebibytes(size) + " of decompressed data: the private copy would leave less "
                    + "than " + mebibytes(limits.diskMargin()) + " free in " + path.getParent()
                    + " (set AUDITLENS_TMPDIR to a folder with more room); the events before that point are loaded");
            return false;
        }
        return true;
    }

    private void moveToDisk() throws IOException {
        Path target = newFile(diskFolder());
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < size) {
                done += channel.transferTo(done, size - done, out);
            }
        }
        channel.close();
        Files.deleteIfExists(path);
        path = target;
        channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void stop(String reason) {
        stopReason = reason;
    }

    private static String mebibytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
