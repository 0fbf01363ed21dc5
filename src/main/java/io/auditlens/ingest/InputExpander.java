package io.auditlens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user named into files: folders expand recursively, in path order, skipping hidden entries. The
 * loader and {@link ArchivePartitions} both start from this list, so what the one counts the other reads.
 */
final class InputExpander {

    private InputExpander() {
    }

    /** Files to load, in the order given; a missing path or an empty folder is kept so its error can be reported. */
    static List<InputFile> expand(List<Path> inputs) {
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<InputFile> inFolder = listFolder(input);
                if (inFolder.isEmpty()) {
                    files.add(new InputFile(input, input.toString()));
                } else {
                    files.addAll(inFolder);
                }
            } else {
                files.add(new InputFile(input, input.toString()));
            }
        }
        return files;
    }

    private static List<InputFile> listFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted()
                    .map(p -> new InputFile(p, p.toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
