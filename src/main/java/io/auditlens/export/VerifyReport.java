package io.auditlens.export;

import java.util.List;

/**
 * What {@code verify} found.
 *
 * @param provenance  the sidecar's record
 * @param differences one line per thing that differs; empty when everything agrees
 */
public record VerifyReport(Provenance provenance, List<String> differences) {

    public VerifyReport {
        differences = List.copyOf(differences);
    }

    /** Whether the export, its inputs and its selection all agree with the record. */
    public boolean verified() {
        return differences.isEmpty();
    }
}
