package io.auditlens.spark;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up what the executors found about a batch's files (the file check, the slices' loads, duplicates of events
 * in earlier files) into one load report per file, worded and ordered as a load of the same file reports it.
 */
final class BatchReports {

    /** As many rejected lines as a load keeps per file. */
    private static final int MAX_KEPT_ERRORS = 100;
    private static final String FOREIGN = "not an IBM";

    private final List<String> displayPaths;
    private final List<ArchiveFileCheck> checks;
    private final List<List<SliceReport>> slices = new ArrayList<>();
    private final long[] laterCopies;

    BatchReports(List<String> displayPaths, List<ArchiveFileCheck> checks) {
        this.displayPaths = displayPaths;
        this.checks = checks;
        for (int i = 0; i < displayPaths.size(); i++) {
            slices.add(new ArrayList<>());
        }
        this.laterCopies = new long[displayPaths.size()];
    }

    /**
     * Adds the slices' reports; a slice reported twice (a task run again) counts once.
     */
    void addSlices(List<SliceReport> reports) {
        Map<String, SliceReport> unique = new TreeMap<>();
        for (SliceReport r : reports) {
            unique.putIfAbsent(r.file() + "/" + r.firstRow(), r);
        }
        for (SliceReport r : unique.values()) {
            slices.get(r.file()).add(r);
        }
        slices.forEach(list -> list.sort(Comparator.comparingLong(SliceReport::firstRow)));
    }

    /** Counts events of {@code file} dropped as copies of events earlier in the batch. */
    void addDuplicates(int file, long copies) {
        laterCopies[file] += copies;
    }

    /** The load report of the file at {@code file}. */
    FileReport report(int file) {
        ArchiveFileCheck check = checks.get(file);
        String path = displayPaths.get(file);
        String format = check.error() != null && check.error().startsWith("not a Parquet file") ? "unknown" : "parquet";
        if (check.error() != null) {
            return new FileReport(path, check.sha256(), check.bytes(), format, 0, 0, 0,
                    List.of(new LineError(0, check.error())), check.error());
        }
        long events = -laterCopies[file];
        long rejected = 0;
        long duplicates = laterCopies[file];
        String failure = null;
        String foreign = null;
        List<LineError> lines = new ArrayList<>();
        for (SliceReport s : slices.get(file)) {
            events += s.events();
            rejected += s.rejected();
            duplicates += s.duplicates();
            if (s.fileError() != null && s.fileError().startsWith(FOREIGN)) {
                foreign = foreign == null ? s.fileError() : foreign;
            } else if (s.fileError() != null && failure == null) {
                failure = s.fileError();
            }
            for (SliceReport.RowError e : s.errors()) {
                if (lines.size() < MAX_KEPT_ERRORS) {
                    lines.add(e.toLineError());
                }
            }
        }
        // As a load words it: a file whose every event belongs to another cloud says so.
        String error = failure == null && events == 0 ? foreign : failure;
        List<LineError> all = new ArrayList<>();
        if (error != null) {
            all.add(new LineError(0, error));
        }
        if (check.rows() == 0) {
            all.add(new LineError(0, "the archive holds no rows"));
        }
        all.addAll(lines);
        return new FileReport(path, check.sha256(), check.bytes(), format, events, rejected, duplicates,
                List.copyOf(all), error);
    }
}
