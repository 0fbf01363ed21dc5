package io.auditlens.ui.timeline;

import io.auditlens.chart.TimelineViewport;
/** Which event of a timeline lies under a point of the canvas, and where an event's mark is drawn. */
final class TimelineHits {

    static final double PICK_RADIUS = 6;
    // Beyond this many events under the mouse the nearest is good enough; a tooltip must not scan a million.
    static final int PICK_SCAN_LIMIT = 50_000;

    private TimelineHits() {
    }

    /** The index of the event whose mark is nearest to (x, y) within a few pixels, or -1. */
    static int eventAt(TimelineMarks marks, TimelineFrame frame, double x, double y) {
        int lane = frame.laneAt(y);
        if (marks == null || frame.viewport() == null || lane < 0 || x < TimelineFrame.GUTTER) {
            return -1;
        }
        TimelineViewport viewport = frame.viewport();
        double plotW = frame.plotWidth();
        double px = x - TimelineFrame.GUTTER;
        long[] t = marks.times();
        int first = lowerBound(t, viewport.time(px - PICK_RADIUS, plotW));
        int last = Math.min(lowerBound(t, viewport.time(px + PICK_RADIUS, plotW) + 1), first + PICK_SCAN_LIMIT);
        int best = -1;
        double bestDistance = PICK_RADIUS + 1;
        for (int i = first; i < last; i++) {
            if (marks.lanes()[i] == lane) {
                double d = Math.abs(viewport.x(t[i], plotW) - px);
                if (d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * The indices of every event drawn in the same mark as the one nearest to (x, y): its lane and pixel column, as
     * the painter bins them; empty when no mark is there.
     */
    static int[] eventsAt(TimelineMarks marks, TimelineFrame frame, double x, double y) {
        int nearest = eventAt(marks, frame, x, y);
        if (nearest < 0) {
            return new int[0];
        }
        TimelineViewport viewport = frame.viewport();
        double scale = frame.plotWidth() / viewport.span();
        long[] t = marks.times();
        byte lane = marks.lanes()[nearest];
        long column = Math.round((t[nearest] - viewport.from()) * scale);
        int first = nearest;
        while (first > 0 && Math.round((t[first - 1] - viewport.from()) * scale) == column) {
            first--;
        }
        int last = nearest;
        while (last + 1 < t.length && Math.round((t[last + 1] - viewport.from()) * scale) == column) {
            last++;
        }
        int[] out = new int[Math.min(last - first + 1, PICK_SCAN_LIMIT)];
        int n = 0;
        for (int i = first; i <= last && n < out.length; i++) {
            if (marks.lanes()[i] == lane) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The centre of the i-th event's mark, x and y in canvas coordinates. */
    static double[] markCentre(TimelineMarks marks, TimelineFrame frame, int i) {
        int lane = marks.lanes()[i];
        return new double[] {frame.xOf(marks.times()[i]) + 0.5, frame.laneTop(lane) + frame.laneHeight() / 2};
    }

    /** The index of the event of a store row, or -1 when the timeline does not have it. */
    static int indexOfRow(TimelineMarks marks, int row) {
        if (marks == null || row < 0) {
            return -1;
        }
        for (int i = 0; i < marks.size(); i++) {
            if (marks.row(i) == row) {
                return i;
            }
        }
        return -1;
    }

    /** The first index whose time is at least {@code key}. */
    static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
