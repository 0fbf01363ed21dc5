package io.auditlens.export.report;

import io.auditlens.event.EventTime;
import io.auditlens.query.BucketSize;
import io.auditlens.query.Histogram;
import io.auditlens.query.SelectionResult;
import io.auditlens.query.Summary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;
import io.auditlens.timeline.DigestTimeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The histogram of the selection and the timelines of the chosen digests, drawn from the window's data. */
final class ChartsSection {

    private static final int MAX_BARS = 120;
    private static final int DEFAULT_DIGESTS = 3;

    private ChartsSection() {
    }

    static void append(Html html, ReportRequest r, Summary summary) {
        SelectionResult result = r.result();
        html.raw("<h2 id=\"histogram\">Events over time</h2>");
        if (summary.hasTimeRange()) {
            BucketSize size = BucketSize.fitting(summary.firstTime(), summary.lastTime() + 1, MAX_BARS);
            Histogram histogram = result.histogram(size);
            HistogramSvg.append(html, histogram, labelledPerBar(histogram, r));
        } else {
            html.raw("<p class=\"sub\">No events.</p>");
        }
        EventStore store = result.store();
        List<String> digests = chosen(r, store);
        if (digests.isEmpty()) {
            return;
        }
        html.raw("<h2 id=\"timelines\">Digest timelines</h2>");
        for (String digest : digests) {
            DigestTimeline t = DigestTimeline.of(store, digest, result.rows());
            html.raw("<h3 class=\"hash\">").text(digest).raw("</h3>");
            if (t.isEmpty()) {
                html.raw("<p class=\"sub\">No selected event is about this digest.</p>");
                continue;
            }
            html.raw("<p class=\"sub\">").text(String.join(", ", t.repositories())
                    + (t.tags().isEmpty() ? "" : " — tags " + String.join(", ", t.tags())) + " — "
                    + Html.number(t.size()) + " events from " + EventTime.format(t.firstSeen()) + " to "
                    + EventTime.format(t.lastSeen())).raw("</p>");
            TimelineSvg.append(html, store, t, r.evidence());
        }
        html.raw("<p class=\"legend\"><span>Marks are coloured by outcome; a ringed, larger mark is labelled.</span></p>");
    }

    // The labelled events of the selection per bar, as the window's histogram shades them.
    private static long[] labelledPerBar(Histogram h, ReportRequest r) {
        long[] out = new long[h.buckets()];
        for (int row : r.evidence().labelledRows()) {
            long time = r.result().store().time(row);
            if (!r.result().rows().contains(row)) {
                continue;
            }
            for (int b = 0; b < h.buckets(); b++) {
                if (time >= h.start(b) && time < h.end(b)) {
                    out[b]++;
                    break;
                }
            }
        }
        return out;
    }

    // Those asked for; else the digests of labelled events (what the case is about); else the busiest.
    private static List<String> chosen(ReportRequest r, EventStore store) {
        if (!r.digests().isEmpty()) {
            return r.digests();
        }
        Set<String> labelled = new LinkedHashSet<>();
        for (int row : r.evidence().labelledRows()) {
            String d = store.value(EventColumn.DIGEST, row);
            if (d != null && r.result().rows().contains(row) && labelled.size() < DEFAULT_DIGESTS) {
                labelled.add(d);
            }
        }
        if (!labelled.isEmpty()) {
            return new ArrayList<>(labelled);
        }
        List<DigestSummary> all = new ArrayList<>(DigestList.of(store, r.result().rows()).digests());
        all.sort((a, b) -> Long.compare(b.events(), a.events()));
        return all.stream().limit(DEFAULT_DIGESTS).map(DigestSummary::digest).toList();
    }
}
