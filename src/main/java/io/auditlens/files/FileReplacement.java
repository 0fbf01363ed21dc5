package io.auditlens.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished file in place of another in one step, so that a reader sees either the old file or the new one,
 * never half of either. Tests substitute a replacement that fails, to act out a crash before the move.
 */
@FunctionalInterface
public interface FileReplacement {

    /** Moves {@code source} over {@code target}. */
    void replace(Path source, Path target) throws IOException;

    /** An atomic rename where the file system offers one, else a plain replacing move. */
    static FileReplacement atomicMove() {
        return (source, target) -> {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }
}
