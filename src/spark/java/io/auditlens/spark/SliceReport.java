package io.auditlens.spark;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading one slice of an archive file's rows gave on an executor (a Spark task reads a file whole or in
 * slices of row groups), sent to the driver, which adds the slices of each file up into its load report.
 *
 * @param file      the file's place in the batch
 * @param firstRow  the slice's first row in the file (0-based); its lines are numbered from there
 * @param errors    rejected lines, numbered within the file
 * @param fileError why the slice failed as a whole, or null
 */
record SliceReport(int file, long firstRow, long events, long rejected, long duplicates, List<RowError> errors,
                   String fileError) implements Serializable {

    /** One rejected line: its number in the file and the reason. */
    record RowError(long line, String reason) implements Serializable {
        LineError toLineError() {
            return new LineError((int) line, reason);
        }
    }

    /** The report of a slice's load, its line numbers moved to the file's. */
    static SliceReport of(int file, long firstRow, FileReport load) {
        List<RowError> errors = new ArrayList<>();
        for (LineError e : load.errors()) {
            if (e.line() > 0) {
                errors.add(new RowError(e.line() + firstRow, e.message()));
            }
        }
        return new SliceReport(file, firstRow, load.events(), load.rejected(), load.duplicates(),
                List.copyOf(errors), load.fileError());
    }
}
