package io.auditlens.ingest;

import io.auditlens.files.ProcessOwnedNames;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Removes decompressed copies left behind by AuditLens processes that were killed before they could clean up.
 * A copy's name carries the id of the process that made it, so copies of running instances are never touched;
 * left in a memory-backed folder, a stale copy would hold memory until the next reboot.
 */
final class StaleSpools {

    static final String PREFIX = "auditlens-";
    static final String SUFFIX = ".raw";

    private StaleSpools() {
    }

    /** The file name prefix for copies made by this process. */
    static String prefixForThisProcess() {
        return ProcessOwnedNames.prefixForThisProcess(PREFIX);
    }

    /**
     * Deletes the copies in {@code folders} whose process has ended; problems are ignored (it is housekeeping).
     * Called once per load, not per copy: an archive of thousands of files makes thousands of copies.
     */
    static void sweep(List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
                for (Path copy : copies) {
                    if (ProcessOwnedNames.isLeftBehind(copy.getFileName().toString(), PREFIX)) {
                        Files.deleteIfExists(copy);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // another user's file, a folder that cannot be listed: nothing to clean here
            }
        }
    }

    /** The process id in a copy's name, empty for names of another form (such as copies of older versions). */
    static Optional<Long> ownerOf(String fileName) {
        return ProcessOwnedNames.ownerOf(fileName, PREFIX);
    }
}
