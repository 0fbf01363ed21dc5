package io.auditlens.export.report;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.export.ProvenanceSelection;
import io.auditlens.findings.Findings;
import io.auditlens.findings.FindingsSettings;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;
import io.auditlens.task.CancelSignal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /**
     * The report of a selection as the command line and the window both make it: titled {@code title} when given,
     * else by the case's name; the findings of the built-in rules and those in {@code configFolder}; made now by the
     * operating-system user.
     */
    public static ReportRequest of(String title, LoadResult load, SelectionEngine engine, SelectionResult result,
                                   RowEvidence evidence, ProvenanceSelection selection, List<String> digests,
                                   Path configFolder, CancelSignal cancel) {
        Findings findings = new RuleEngine(FindingsSettings.load(configFolder).workingHours())
                .run(engine, RuleCatalog.forConfigFolder(configFolder).rules(), cancel);
        String name = evidence.evidence().document().name();
        String shown = title != null && !title.isBlank() ? title.strip() : name.isBlank() ? "Audit report" : name;
        return new ReportRequest(shown, load, result, evidence, selection, digests, findings,
                System.getProperty("user.name", ""), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
