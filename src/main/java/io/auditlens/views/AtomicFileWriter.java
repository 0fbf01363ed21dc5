package io.auditlens.views;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one: the bytes go to a
 * temporary file in the same folder (a move between file systems would not be atomic), are flushed to the disk,
 * and then replace the target in one move.
 */
final class AtomicFileWriter {

    /** How the temporary files made here end, so that leftovers of a crash can be recognised. */
    static final String TEMP_SUFFIX = ".tmp";

    private final FileReplacement replacement;

    AtomicFileWriter(FileReplacement replacement) {
        this.replacement = replacement;
    }

    /** Replaces {@code target} with these bytes, creating its folder when missing. */
    void write(Path target, byte[] bytes) throws IOException {
        Path temp = tempFileFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            replacement.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Replaces {@code target} with a copy of {@code source}. */
    void copy(Path source, Path target) throws IOException {
        write(target, Files.readAllBytes(source));
    }

    private static Path tempFileFor(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return Files.createTempFile(folder, target.getFileName() + ".", TEMP_SUFFIX);
    }
}
