package io.auditlens.ingest;

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
        return PREFIX + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the copies in {@code folders} whose process has ended; problems are ignored (it is housekeeping).
     * Called once per load, not per copy: an archive of thousands of files makes thousands of copies.
     */
    static void sweep(List<Path> folders) {
        long self = ProcessHandle.current().pid();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
                for (Path copy : copies) {
                    Optional<Long> owner = ownerOf(copy.getFileName().toString());
                    if (owner.isPresent() && owner.get() != self && !isRunning(owner.get())) {
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
        int end = fileName.indexOf('-', PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(fileName.substring(PREFIX.length(), end)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
