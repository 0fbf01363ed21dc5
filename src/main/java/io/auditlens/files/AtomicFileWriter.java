package io.auditlens.files;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one: the bytes go to a
 * temporary file in the same folder (a move between file systems would not be atomic), are flushed to the disk,
 * and then replace the target in one move.
 */
public final class AtomicFileWriter {

    /** How the temporary files made here end, so that leftovers of a crash can be recognised. */
    public static final String TEMP_SUFFIX = ".tmp";

    private final FileReplacement replacement;

    /** A writer putting finished files in place with {@code replacement}. */
    public AtomicFileWriter(FileReplacement replacement) {
        this.replacement = replacement;
    }

    /** Replaces {@code target} with these bytes, creating its folder when missing. */
    public void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code body} writes, creating its folder when missing. When the body throws
     * (a full disk, a cancelled export) the target is left as it was and the temporary file is deleted.
     */
    public void write(Path target, Body body) throws IOException {
        Path temp = tempFileFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replacement.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Body {
        /** Writes everything; the stream is flushed and closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with a copy of {@code source}. */
    public void copy(Path source, Path target) throws IOException {
        write(target, Files.readAllBytes(source));
    }

    // Not Files.createTempFile: it makes the file readable by its owner only, and an exported file is meant to
    // be shared; a new file gets the permissions the user's settings give every new file.
    private static Path tempFileFor(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        while (true) {
            long random = ThreadLocalRandom.current().nextLong();
            Path temp = folder.resolve(target.getFileName() + "." + Long.toUnsignedString(random) + TEMP_SUFFIX);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
