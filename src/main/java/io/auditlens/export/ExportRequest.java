package io.auditlens.export;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.ingest.FileReport;
import io.auditlens.query.EventField;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to export and where.
 *
 * @param format    CSV or NDJSON
 * @param target    the export file; its sidecar goes beside it
 * @param store     the loaded events
 * @param raw       their original JSON
 * @param rows      the rows to export, in export order
 * @param columns   the CSV columns in order (ignored for NDJSON)
 * @param evidence  the case's labels and notes on the store's rows
 * @param inputs    the loaded files, as the load reported them
 * @param selection the selection the rows came from, for the provenance record
 */
public record ExportRequest(ExportFormat format, Path target, EventStore store, RawEvents raw, int[] rows,
                            List<EventField> columns, RowEvidence evidence, List<FileReport> inputs,
                            ProvenanceSelection selection) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        rows = rows.clone();
        columns = List.copyOf(columns);
        inputs = List.copyOf(inputs);
    }
}
