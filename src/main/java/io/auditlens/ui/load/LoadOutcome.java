package io.auditlens.ui.load;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the window treats a finished load. When every newly named input failed (a picture, a CloudTrail file, a
 * missing path) the loaded data stays as it was; otherwise the new store replaces it and inputs that failed are
 * dropped, so that adding files later does not retry them.
 *
 * @param accepted     whether the new store replaces the shown data
 * @param failedFiles  reports of the inputs that could not be loaded at all
 * @param keptInputs   inputs to remember for the next "add"
 * @param rejectedLines lines rejected over all files
 * @param filesWithRejections how many files had rejected lines
 */
public record LoadOutcome(boolean accepted, List<FileReport> failedFiles, List<Path> keptInputs, long rejectedLines,
                          int filesWithRejections) {

    /** Judges a load of {@code inputs}, of which {@code newInputs} were just named by the user. */
    public static LoadOutcome judge(LoadResult result, List<Path> inputs, List<Path> newInputs) {
        List<FileReport> failed = new ArrayList<>();
        long rejected = 0;
        int withRejections = 0;
        for (FileReport f : result.files()) {
            if (f.failed()) {
                failed.add(f);
            } else if (f.rejected() > 0) {
                rejected += f.rejected();
                withRejections++;
            }
        }
        List<Path> kept = inputs.stream().filter(in -> !allFailed(result.files(), in)).toList();
        boolean anyNewLoaded = newInputs.stream().anyMatch(kept::contains);
        return new LoadOutcome(anyNewLoaded, List.copyOf(failed), kept, rejected, withRejections);
    }

    /** Whether some input could not be loaded at all. */
    public boolean hasFailures() {
        return !failedFiles.isEmpty();
    }

    /** One sentence per failed file, naming it and saying why. */
    public List<String> failureMessages() {
        return failedFiles.stream()
                .map(f -> fileName(f.path()) + " was not loaded: " + f.fileError())
                .toList();
    }

    /** The notice for rejected lines, e.g. "3 lines were rejected in 1 file."; empty when none were. */
    public String rejectionMessage() {
        if (rejectedLines == 0) {
            return "";
        }
        return (rejectedLines == 1 ? "1 line was" : rejectedLines + " lines were") + " rejected in "
                + (filesWithRejections == 1 ? "1 file." : filesWithRejections + " files.");
    }

    private static boolean allFailed(List<FileReport> reports, Path input) {
        boolean any = false;
        for (FileReport f : reports) {
            if (Path.of(f.path()).startsWith(input)) {
                any = true;
                if (!f.failed()) {
                    return false;
                }
            }
        }
        return any;
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
