package io.auditlens.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.auditlens.evidence.CaseInput;

import java.util.List;

/**
 * What {@code <export>.provenance.json} holds: the AuditLens version, UTC time and OS user of the export, its inputs
 * (path, size, SHA-256), the selection, the event count, the content hashes of the exported events in export order,
 * and the export file with its SHA-256. {@code docs/cli-json.md} documents the fields.
 */
@JsonPropertyOrder({"auditlensProvenance", "auditlensVersion", "createdAt", "createdBy", "inputs", "selection",
    "columns", "eventCount", "eventHashes", "export"})
public record Provenance(@JsonProperty("auditlensProvenance") Integer format, String auditlensVersion,
                         String createdAt, String createdBy, List<CaseInput> inputs, ProvenanceSelection selection,
                         List<String> columns, long eventCount, List<String> eventHashes, ExportedFile export) {

    /** The format this version writes. */
    public static final int FORMAT = 1;
    /** How the sidecar's name ends: {@code audit.csv} gets {@code audit.csv.provenance.json}. */
    public static final String SUFFIX = ".provenance.json";

    public Provenance {
        format = format == null ? FORMAT : format;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        columns = columns == null ? List.of() : List.copyOf(columns);
        eventHashes = eventHashes == null ? List.of() : List.copyOf(eventHashes);
    }
}
