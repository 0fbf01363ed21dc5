package io.auditlens.export.report;

import io.auditlens.export.ProvenanceSelection;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;
import io.auditlens.query.Summary;

import io.auditlens.event.EventTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report's scope (inputs with SHA-256, selection, time range) and its load report (rejected lines). */
final class ScopeSection {

    private ScopeSection() {
    }

    static void append(Html html, ReportRequest r, Summary summary) {
        html.raw("<h2 id=\"scope\">Scope</h2>");
        ProvenanceSelection s = r.selection();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Query", s.query().isEmpty() ? "(none: every event)" : s.query()));
        for (Map.Entry<String, List<String>> pick : s.picks().entrySet()) {
            rows.add(List.of("Picked " + pick.getKey(), String.join(", ", pick.getValue())));
        }
        if (s.from() != null || s.until() != null) {
            rows.add(List.of("Time range", (s.from() == null ? "…" : s.from()) + " to "
                    + (s.until() == null ? "…" : s.until())));
        }
        if (s.view() != null) {
            rows.add(List.of("Saved view", s.view()));
        }
        if (s.label() != null) {
            rows.add(List.of("Label filter", s.label()));
        }
        if (s.caseFile() != null) {
            rows.add(List.of("Case", s.caseFile()));
        }
        rows.add(List.of("Events from", summary.hasTimeRange() ? EventTime.format(summary.firstTime()) + " to "
                + EventTime.format(summary.lastTime()) : "(no events)"));
        rows.add(List.of("Generated", r.at() + " by " + r.by()));
        html.table("scope", List.of("", ""), rows);
        html.raw("<h3>Inputs</h3>");
        List<List<String>> files = new ArrayList<>();
        for (FileReport f : r.load().files()) {
            files.add(List.of(f.path(), Html.number(f.bytes()), String.valueOf(f.format()), Html.number(f.events()),
                    Html.number(f.rejected()), Html.number(f.duplicates()), String.valueOf(f.sha256())));
        }
        html.table("inputs", List.of("File", "Bytes", "Format", "Events", "Rejected", "Duplicates", "SHA-256"),
                files, 1, 3, 4, 5);
    }

    static void appendLoadReport(Html html, ReportRequest r) {
        html.raw("<h2 id=\"load\">Load report</h2>");
        List<List<String>> rows = new ArrayList<>();
        long rejected = 0;
        for (FileReport f : r.load().files()) {
            rejected += f.rejected();
            for (LineError e : f.errors()) {
                rows.add(List.of(f.path(), e.line() == 0 ? "(file)" : Html.number(e.line()), e.message()));
            }
        }
        html.raw("<p>").text(Html.number(r.load().files().size()) + " input file(s), "
                + Html.number(rejected) + " rejected line(s), " + Html.number(r.load().duplicates())
                + " duplicate event(s) loaded once.").raw("</p>");
        if (!rows.isEmpty()) {
            html.table("rejected", List.of("File", "Line", "Reason"), rows, 1);
        }
    }
}
