package io.auditlens.chart;

/**
 * The span of time a timeline shows, epoch milliseconds from inclusive to until exclusive, and how it maps to
 * pixels. Zooming keeps the instant under the mouse in place; the span never shrinks below a second (the axis
 * labels nothing finer) nor grows past a century. Immutable; the window's timeline canvas and the report's timeline
 * SVG both place marks with it.
 */
public record TimelineViewport(long from, long until) {

    public static final long MIN_SPAN = 1_000;
    public static final long MAX_SPAN = 100L * 366 * 86_400_000L;

    // Room on either side of the data after fitting, so the first and last marks do not sit on the edges.
    private static final double FIT_MARGIN = 0.04;

    public TimelineViewport {
        if (until - from < MIN_SPAN) {
            long middle = from + (until - from) / 2;
            from = middle - MIN_SPAN / 2;
            until = from + MIN_SPAN;
        }
    }

    /** A viewport showing every instant from {@code first} to {@code last} with a margin on either side. */
    public static TimelineViewport fitting(long first, long last) {
        // A lone event or a burst within seconds would otherwise fill the axis with one mark.
        long span = Math.max(last - first, 60_000);
        long margin = Math.max(1, Math.round(span * FIT_MARGIN));
        long middle = first + (last - first) / 2;
        return new TimelineViewport(middle - span / 2 - margin, middle - span / 2 + span + margin + 1);
    }

    /** The shown span in milliseconds. */
    public long span() {
        return until - from;
    }

    /** The x of an instant on an axis {@code width} pixels wide. */
    public double x(long time, double width) {
        return (time - from) * width / span();
    }

    /** The instant at x on an axis {@code width} pixels wide. */
    public long time(double x, double width) {
        return from + Math.round(x * span() / width);
    }

    /** Zoomed by {@code factor} (below 1 zooms in) about the instant at x, which stays at x. */
    public TimelineViewport zoomed(double factor, double x, double width) {
        long anchor = time(x, width);
        long span = Math.max(MIN_SPAN, Math.min(MAX_SPAN, Math.round(span() * factor)));
        long newFrom = anchor - Math.round(x * span / width);
        return new TimelineViewport(newFrom, newFrom + span);
    }

    /** Moved so that what was at x now shows dx pixels to the right. */
    public TimelineViewport panned(double dx, double width) {
        long shift = Math.round(dx * span() / width);
        return new TimelineViewport(from - shift, until - shift);
    }
}
