package io.auditlens.export.report;

import io.auditlens.chart.TimelineViewport;
import io.auditlens.evidence.LabelColours;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.TimelineLane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One digest's timeline as an SVG: a lane per category the digest has events in, a mark per event coloured by
 * outcome, a ring in the label's colour around labelled events so they stand out, as in the window's timeline.
 */
final class TimelineSvg {

    private static final int WIDTH = 1000;
    private static final int LANE_HEIGHT = 26;
    private static final int LEFT = 160;
    private static final int RIGHT = 14;

    private TimelineSvg() {
    }

    static void append(Html html, EventStore store, DigestTimeline t, RowEvidence evidence) {
        List<TimelineLane> lanes = new ArrayList<>();
        for (TimelineLane lane : TimelineLane.values()) {
            if (t.count(lane) > 0) {
                lanes.add(lane);
            }
        }
        int height = lanes.size() * LANE_HEIGHT + 24;
        long first = t.firstSeen();
        long span = Math.max(1, t.lastSeen() - first);
        double plotW = WIDTH - LEFT - RIGHT;
        // Fitted as the window's timeline fits a digest when it opens: the same margins, a mark where it puts it.
        TimelineViewport viewport = TimelineViewport.fitting(first, t.lastSeen());
        html.raw("<svg viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"digest timeline\">");
        for (int l = 0; l < lanes.size(); l++) {
            double y = l * LANE_HEIGHT + LANE_HEIGHT / 2.0;
            html.raw(String.format(Locale.ROOT, "<text class=\"lane\" x=\"0\" y=\"%.1f\">", y + 4))
                    .text(lanes.get(l).label() + " (" + t.count(lanes.get(l)) + ")").raw("</text>");
            html.raw(HistogramSvg.line(LEFT, y, WIDTH - RIGHT, y));
        }
        for (int i = 0; i < t.size(); i++) {
            int row = t.row(i);
            double x = LEFT + viewport.x(t.time(i), plotW);
            double y = lanes.indexOf(t.lane(i)) * LANE_HEIGHT + LANE_HEIGHT / 2.0;
            boolean labelled = !evidence.labels(row).isEmpty();
            if (labelled) {
                // A ring apart from the mark, as the window draws it: a red label on a red failure still shows.
                html.raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"none\" "
                        + "stroke=\"%s\" stroke-width=\"2.5\"/>", x, y,
                        LabelColours.of(evidence, evidence.labels(row).get(0))));
            }
            html.raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"%s><title>", x, y,
                    labelled ? "5" : "4", OutcomeColours.of(store.value(EventColumn.OUTCOME, row)),
                    labelled ? "" : " fill-opacity=\"0.85\""));
            html.text(ChartTime.label(t.time(i), 0) + " " + store.value(EventColumn.ACTION, row) + " "
                    + String.valueOf(store.value(EventColumn.OUTCOME, row))
                    + (labelled ? " [" + String.join(", ", evidence.labels(row)) + "]" : "")).raw("</title></circle>");
        }
        int axisY = lanes.size() * LANE_HEIGHT + 16;
        html.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
                LEFT + viewport.x(first, plotW), axisY)).text(ChartTime.label(first, span)).raw("</text>");
        html.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
                LEFT + viewport.x(t.lastSeen(), plotW), axisY)).text(ChartTime.label(t.lastSeen(), span))
                .raw("</text>");
        html.raw("</svg>");
    }
}
