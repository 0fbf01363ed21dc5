package io.auditlens.export.report;

import io.auditlens.about.ProductInfo;
import io.auditlens.files.AtomicFileWriter;
import io.auditlens.files.FileReplacement;
import io.auditlens.query.Summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The audit report: one self-contained HTML file (inline CSS and SVG, no script, no network) with the scope,
 * headline figures, facet tables, histogram, digest timelines, labelled events with notes, findings and the load
 * report. Every value from an event, a file or a user is escaped, and a Content-Security-Policy forbids scripts.
 */
public final class AuditReport {

    /** Allows the inline style sheet and nothing else: no script, no remote image, font or frame. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private AuditReport() {
    }

    /** The report's HTML. */
    public static String html(ReportRequest r) {
        Summary summary = r.result().summary();
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text(r.title()).raw("</title><style>").raw(ReportStyle.CSS).raw("</style></head><body>");
        html.element("h1", "", r.title());
        html.raw("<p class=\"sub\">").text("Audit report of IBM Cloud Container Registry activity events — "
                + "generated " + r.at() + " by " + r.by() + " with AuditLens " + ProductInfo.current().version()).raw("</p>");
        ScopeSection.append(html, r, summary);
        FiguresSection.append(html, r.result(), summary);
        ChartsSection.append(html, r, summary);
        EvidenceSection.append(html, r.result().store(), r.result().rows(), r.evidence());
        FindingsSection.append(html, r.findings().involving(r.result().rows()));
        ScopeSection.appendLoadReport(html, r);
        html.raw("<footer>").text("Figures count the selected events exactly as `auditlens summarize --json` does "
                + "for the same inputs and selection. SHA-256 values identify the input files as read.")
                .raw("</footer></body></html>\n");
        return html.toString();
    }

    /** Writes the report atomically: a reader never sees half of it. */
    public static void write(ReportRequest r, Path target) throws IOException {
        new AtomicFileWriter(FileReplacement.atomicMove()).write(target, html(r).getBytes(StandardCharsets.UTF_8));
    }
}
