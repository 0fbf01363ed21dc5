package io.auditlens.export.report;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.export.ProvenanceSelection;
import io.auditlens.findings.Findings;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.SelectionResult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an audit report is made of.
 *
 * @param title     the report's title (the case's name, or a default)
 * @param load      the loaded inputs
 * @param result    the selection's result
 * @param evidence  the case's labels and notes on the loaded rows
 * @param selection the selection, as provenance records it
 * @param digests   the digests whose timelines to draw; empty chooses those of labelled events, else the busiest
 * @param findings  the findings of the rules over the loaded events
 * @param by        who made the report (the OS user)
 * @param at        when
 */
public record ReportRequest(String title, LoadResult load, SelectionResult result, RowEvidence evidence,
                            ProvenanceSelection selection, List<String> digests, Findings findings, String by,
                            Instant at) {

    public ReportRequest {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(evidence, "evidence");
        digests = List.copyOf(digests);
        findings = findings == null ? Findings.none() : findings;
    }
}
