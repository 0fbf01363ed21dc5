package io.auditlens.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
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

    /**
     * A new folder in the temp folder whose name starts with {@code stem} and this process's id. Folders of the same
     * stem that ended processes left (a window killed before it could clean up) are deleted first: they hold copies
     * of up to gigabytes each, and nothing else would ever remove them.
     */
    public static Path createForThisProcess(String stem) throws IOException {
        deleteLeftBehind(Path.of(System.getProperty("java.io.tmpdir")), stem);
        return Files.createTempDirectory(ProcessOwnedNames.prefixForThisProcess(stem));
    }

    /** Deletes the folders in {@code parent} named under {@code stem} whose process has ended. */
    static void deleteLeftBehind(Path parent, String stem) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, stem + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && ProcessOwnedNames.isLeftBehind(folder.getFileName().toString(), stem)) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping: a folder that cannot be listed is left as it is
        }
    }
}
