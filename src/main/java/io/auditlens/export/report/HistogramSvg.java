package io.auditlens.export.report;

import io.auditlens.chart.BarLayout;
import io.auditlens.query.Histogram;

import java.util.Locale;

/** The histogram of the selection as an SVG of stacked bars per outcome, with a time axis and the tallest count. */
final class HistogramSvg {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 200;
    private static final int LEFT = 44;
    private static final int BOTTOM = 22;
    private static final int TICKS = 6;

    private HistogramSvg() {
    }

    /** Appends the histogram, shading in each bar its {@code labelled[bar]} labelled events. */
    static void append(Html html, Histogram h, long[] labelled) {
        int n = h.buckets();
        long max = Math.max(1, h.maxTotal());
        double plotH = HEIGHT - BOTTOM - 8;
        // The window's histogram lays its bars out the same way.
        BarLayout bars = new BarLayout(n, LEFT, WIDTH - LEFT - 8, plotH, max, 0);
        html.raw("<svg viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"events over time\">");
        html.raw(line(LEFT, 8 + plotH, WIDTH - 8, 8 + plotH));
        html.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" text-anchor=\"end\">%s</text>", LEFT - 4,
                Html.number(max)));
        html.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">0</text>", LEFT - 4,
                8 + plotH));
        for (int b = 0; b < n; b++) {
            double y = 8 + plotH;
            for (int s = 0; s < h.outcomes().size(); s++) {
                long c = h.count(s, b);
                if (c == 0) {
                    continue;
                }
                double height = bars.height(c);
                y -= height;
                html.raw(String.format(Locale.ROOT,
                        "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"><title>",
                        bars.x(b), y, bars.barWidth(), height, OutcomeColours.of(h.outcomes().get(s))));
                html.text(ChartTime.label(h.start(b), 0) + " " + h.outcomes().get(s) + ": " + Html.number(c))
                        .raw("</title></rect>");
            }
        }
        boolean anyLabelled = false;
        for (int b = 0; b < n; b++) {
            if (labelled[b] == 0) {
                continue;
            }
            anyLabelled = true;
            double height = Math.max(4, bars.height(labelled[b]));
            html.raw(String.format(Locale.ROOT, "<rect class=\"labelled\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                    + "height=\"%.2f\" fill=\"#1f2328\" fill-opacity=\"0.45\" stroke=\"#1f2328\"><title>",
                    bars.x(b), 8 + plotH - height, Math.max(2, bars.barWidth()), height));
            html.text(ChartTime.label(h.start(b), 0) + " labelled: " + Html.number(labelled[b])).raw("</title></rect>");
        }
        if (n > 0) {
            long span = h.end(n - 1) - h.start(0);
            for (int t = 0; t < TICKS; t++) {
                int b = (int) Math.round((double) t * (n - 1) / (TICKS - 1));
                double x = bars.slotLeft(b);
                String anchor = t == 0 ? "start" : t == TICKS - 1 ? "end" : "middle";
                html.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">", x, HEIGHT - 6,
                        anchor)).text(ChartTime.label(h.start(b), span)).raw("</text>");
            }
        }
        html.raw("</svg>");
        html.raw("<p class=\"legend\">");
        for (String outcome : h.outcomes()) {
            html.raw("<span><i style=\"background:" + OutcomeColours.of(outcome) + "\"></i>").text(outcome)
                    .raw("</span>");
        }
        if (anyLabelled) {
            html.raw("<span><i style=\"background:#1f2328;opacity:.55\"></i>labelled</span>");
        }
        html.raw("<span>one bar per ").text(h.bucketSize().label()).raw("</span></p>");
    }

    static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d1d9e0\"/>",
                x1, y1, x2, y2);
    }
}
