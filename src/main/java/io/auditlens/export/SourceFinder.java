package io.auditlens.export;

import io.auditlens.evidence.CaseInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the recorded inputs of an export again: at the recorded path, else (with a sources folder) a file of the
 * same name anywhere under that folder whose SHA-256 matches, as when the evidence was copied elsewhere.
 */
final class SourceFinder {

    /** Where a recorded input is now, and whether its content is as recorded. */
    record Located(CaseInput input, Optional<Path> path, boolean unchanged, String sha256Now) {
    }

    private final Optional<Path> sources;

    SourceFinder(Optional<Path> sources) {
        this.sources = sources;
    }

    Located locate(CaseInput input) throws IOException {
        Path recorded = Path.of(input.path());
        String atRecorded = Files.isRegularFile(recorded) ? FileSha256.of(recorded) : null;
        if (input.sha256().equalsIgnoreCase(String.valueOf(atRecorded))) {
            return new Located(input, Optional.of(recorded), true, atRecorded);
        }
        for (Path candidate : sameName(recorded.getFileName().toString())) {
            if (input.sha256().equalsIgnoreCase(FileSha256.of(candidate))) {
                return new Located(input, Optional.of(candidate), true, input.sha256());
            }
        }
        return atRecorded != null ? new Located(input, Optional.of(recorded), false, atRecorded)
                : new Located(input, Optional.empty(), false, null);
    }

    private List<Path> sameName(String name) throws IOException {
        if (sources.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(sources.get())) {
            return all.filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p))
                    .sorted().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The case file recorded beside the selection: as recorded, else by name in the sources folder. */
    Optional<Path> caseFile(String recorded) throws IOException {
        Path p = Path.of(recorded);
        if (Files.isRegularFile(p)) {
            return Optional.of(p);
        }
        return sameName(p.getFileName().toString()).stream().findFirst();
    }
}
