package io.auditlens.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion on a settings or case file, between the threads of one store, other stores in this program and
 * other running copies of AuditLens, through an operating-system lock on a lock file.
 *
 * <p>The lock file's channel stays open for the store's lifetime: on POSIX systems closing any channel to a file
 * drops every lock this process holds on it, so opening and closing one per change could release another store's
 * lock behind its back.
 */
public final class LockFile implements AutoCloseable {

    // Changes take milliseconds; a holder that keeps the lock this long has hung, and the user should hear of it.
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long PAUSE_MILLIS = 5;

    private final Path file;
    private final ReentrantLock threads = new ReentrantLock();
    private FileChannel channel;

    /** A lock on this lock file, opened at the first {@link #acquire()}. */
    public LockFile(Path file) {
        this.file = file;
    }

    /** The lock held until the returned hold is closed; creates the folder and lock file when missing. */
    public Hold acquire() throws IOException {
        try {
            threads.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + file);
        }
        try {
            FileLock lock = lockFile();
            return () -> {
                try {
                    if (lock.isValid()) {
                        lock.release();
                    }
                } finally {
                    threads.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    // Polls rather than blocking in FileChannel.lock: within one program a second channel on the same file gets
    // OverlappingFileLockException instead of waiting, so stores in one program must retry anyway.
    private FileLock lockFile() throws IOException {
        long start = System.nanoTime();
        while (true) {
            FileLock lock;
            try {
                lock = openChannel().tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new IOException(file + " is held by another AuditLens window or program; try again");
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + file);
            }
        }
    }

    // An interrupted thread closes a channel as a side effect of NIO, so a closed one is opened again.
    private FileChannel openChannel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        return channel;
    }

    @Override
    public void close() throws IOException {
        threads.lock();
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } finally {
            threads.unlock();
        }
    }

    /** A held lock; closing it lets the next writer in. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        @Override
        void close() throws IOException;
    }
}
