package io.auditlens.ui.window;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.PartitionWindow;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the last load read: the report of every file, and the archive window it was given with how many archive
 * files that window left unread (those have no file report, so the count is all that tells of them).
 */
public record LoadReport(List<FileReport> files, PartitionWindow window, int filesOutsideWindow) {

    /** Before any load. */
    public static final LoadReport NONE = new LoadReport(List.of(), PartitionWindow.ALL, 0);

    // Archive partitions are UTC hours, so the window is always told in UTC, whatever the table shows.
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    public LoadReport {
        files = List.copyOf(files);
    }

    /** E.g. "12 archive files outside 2026-03-04 00:00 – 2026-03-05 23:59 UTC were not read."; empty when none. */
    public String leftOutSentence() {
        if (filesOutsideWindow == 0) {
            return "";
        }
        return (filesOutsideWindow == 1 ? "1 archive file" : String.format("%,d archive files", filesOutsideWindow))
                + " outside " + describe(window) + (filesOutsideWindow == 1 ? " was" : " were") + " not read.";
    }

    /** The window in words, e.g. "2026-03-04 00:00 – 2026-03-05 23:59 UTC"; an open end is "the start" or "the end". */
    static String describe(PartitionWindow window) {
        return (window.from() == null ? "the start" : MINUTES.format(window.from())) + " – "
                + (window.to() == null ? "the end" : MINUTES.format(window.to())) + " UTC";
    }
}
