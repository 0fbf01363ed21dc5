package io.auditlens.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing folders the application made for itself (temporary indexes, staging files, caches). */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    /**
     * Deletes the folder and everything in it, as far as it can; null or a missing folder does nothing. What cannot
     * be deleted is left: these folders hold copies only, and sit in the temp folder or beside an index.
     */
    public static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left behind; see above.
        }
    }
}
