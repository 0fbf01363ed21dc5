package io.auditlens.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A file the user's work lives in (saved views, a case), with a backup {@code NAME.bak} of the version before the
 * last write, a lock file {@code NAME.lock}, and a way to set an unreadable file aside as
 * {@code NAME.corrupt-<time>} without ever overwriting or deleting it. What the bytes mean is the caller's business;
 * callers hold {@link #lock()} around every read-change-write.
 */
public final class GuardedFile {

    private static final DateTimeFormatter ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path backup;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final LockFile lock;

    /** The file at this path, written through {@code writer}, naming set-aside copies by {@code clock}'s time. */
    public GuardedFile(Path path, AtomicFileWriter writer, Clock clock) {
        this.file = path.toAbsolutePath();
        this.backup = file.resolveSibling(file.getFileName() + ".bak");
        this.writer = writer;
        this.clock = clock;
        this.lock = new LockFile(file.resolveSibling(file.getFileName() + ".lock"));
    }

    /** The file's path. */
    public Path path() {
        return file;
    }

    /** The backup's path. */
    public Path backupPath() {
        return backup;
    }

    /** The lock over this file, shared by every change made through this object. */
    public LockFile lock() {
        return lock;
    }

    /** The file's bytes; empty when it does not exist. */
    public Optional<byte[]> read() throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The backup's bytes; empty when there is none. */
    public Optional<byte[]> readBackup() throws IOException {
        try {
            return Optional.of(Files.readAllBytes(backup));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file with these bytes, first copying the current file to the backup. */
    public void write(byte[] bytes) throws IOException {
        removeLeftoverTempFiles();
        if (Files.exists(file)) {
            writer.copy(file, backup);
        }
        writer.write(file, bytes);
    }

    /** Replaces the file with these bytes without touching the backup (restoring the backup itself). */
    public void restore(byte[] bytes) throws IOException {
        writer.write(file, bytes);
    }

    /**
     * Renames the file to {@code NAME.corrupt-<time>} (numbered when that name is taken: each one may be the only
     * copy of someone's work).
     *
     * @return where it went
     */
    public Path setAside() throws IOException {
        String base = file.getFileName() + ".corrupt-" + ASIDE_TIME.format(clock.instant());
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                Files.move(file, aside);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // try the next number
            }
        }
    }

    /** Closes the lock file; a later change opens it again. */
    public void close() throws IOException {
        lock.close();
    }

    // Under the lock no write is under way, so any temporary file left here is from a write that never finished.
    private void removeLeftoverTempFiles() throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                globEscaped(file.getFileName().toString()) + ".*" + AtomicFileWriter.TEMP_SUFFIX)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
