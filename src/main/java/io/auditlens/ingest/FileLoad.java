package io.auditlens.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Mutable tally for one input file while it loads; turned into a {@link FileReport} at the end. */
final class FileLoad {

    static final int MAX_KEPT_ERRORS = 100;

    final Path path;
    final String displayPath;
    String sha256 = "";
    long bytes;
    String format = "unknown";
    long events;
    long rejected;
    long duplicates;
    final List<LineError> errors = new ArrayList<>();
    private final List<LineError> notes = new ArrayList<>();
    /** Set when the whole file could not be read or is not an event export. */
    String fileError;
    /** First reason saying a record belongs to another cloud, used when nothing else loads. */
    String foreignReason;

    FileLoad(Path path, String displayPath) {
        this.path = path;
        this.displayPath = displayPath;
    }

    void reject(int line, String reason) {
        rejected++;
        if (errors.size() < MAX_KEPT_ERRORS) {
            errors.add(new LineError(line, reason));
        }
        if (foreignReason == null && reason.contains("not an IBM Cloud activity event")) {
            foreignReason = reason;
        }
    }

    /** A remark about the whole file that is not an error (an empty file): listed with line 0, not fatal. */
    void note(String message) {
        notes.add(new LineError(0, message));
    }

    /** An error for the file as a whole (not a line): kept at the front of the error list with line 0. */
    void fail(String message) {
        if (fileError == null) {
            fileError = message;
        }
    }

    FileReport toReport() {
        String error = fileError;
        if (error == null && events == 0 && foreignReason != null) {
            error = foreignReason.substring(foreignReason.indexOf("not an IBM"));
        }
        List<LineError> all = new ArrayList<>();
        if (error != null) {
            all.add(new LineError(0, error));
        }
        all.addAll(notes);
        all.addAll(errors);
        return new FileReport(displayPath, sha256, bytes, format, events, rejected, duplicates, List.copyOf(all),
                error);
    }
}
