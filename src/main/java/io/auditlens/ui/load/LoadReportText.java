package io.auditlens.ui.load;

import io.auditlens.ui.window.LoadReport;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;


/**
 * The load report as plain text for the clipboard: archive files the date range left out, then one block per
 * file with its rejected lines.
 */
final class LoadReportText {

    private LoadReportText() {
    }

    static String format(LoadReport report) {
        StringBuilder out = new StringBuilder();
        if (report.filesOutsideWindow() > 0) {
            out.append(report.leftOutSentence()).append('\n');
        }
        for (FileReport f : report.files()) {
            out.append(f.path()).append('\n')
                    .append("  format: ").append(nullToDash(f.format()))
                    .append("  events: ").append(f.events())
                    .append("  rejected: ").append(f.rejected())
                    .append("  duplicates: ").append(f.duplicates())
                    .append("  bytes: ").append(f.bytes()).append('\n')
                    .append("  sha256: ").append(nullToDash(f.sha256())).append('\n');
            if (f.failed()) {
                out.append("  not loaded: ").append(f.fileError()).append('\n');
            }
            for (LineError e : f.errors()) {
                if (e.line() > 0) {
                    out.append("  line ").append(e.line()).append(": ").append(e.message()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String nullToDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
