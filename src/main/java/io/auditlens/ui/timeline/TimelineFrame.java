package io.auditlens.ui.timeline;

import io.auditlens.chart.TimelineViewport;
import io.auditlens.timeline.TimelineLane;

/**
 * Where things go on one frame of a timeline canvas of a given size showing a given span: the gutter of lane
 * names on the left, the tag and lifecycle rows on top, a lane per kind of action, the time axis below. Pure
 * arithmetic, shared by the painter and the hit test so that a mark is picked where it is drawn.
 */
record TimelineFrame(double width, double height, TimelineViewport viewport) {

    static final double GUTTER = 172;
    static final double RIGHT = 16;
    static final double TAG_ROW = 20;
    static final double MILESTONE_ROW = 18;
    static final double HEADER = TAG_ROW + MILESTONE_ROW + 4;
    static final double AXIS = 24;
    static final double MARK_WIDTH = 3;
    static final int LANES = TimelineLane.values().length;

    /** Whether the canvas is large enough to draw on at all. */
    boolean drawable() {
        return width >= GUTTER + RIGHT + 40 && height >= HEADER + AXIS + LANES * 8;
    }

    /** Width of the plot, right of the gutter. */
    double plotWidth() {
        return Math.max(1, width - GUTTER - RIGHT);
    }

    /** Left and right edges of the plot. */
    double plotLeft() {
        return GUTTER;
    }

    double plotRight() {
        return GUTTER + plotWidth();
    }

    double laneHeight() {
        return Math.max(1, (height - HEADER - AXIS) / LANES);
    }

    /** Top of a lane; {@code laneTop(LANES)} is the bottom of the last lane, where the axis starts. */
    double laneTop(int lane) {
        return HEADER + lane * laneHeight();
    }

    /** Height of the bar of marks within a lane. */
    double markHeight() {
        return Math.max(4, laneHeight() * 0.6);
    }

    /** The canvas x of a time. */
    double xOf(long time) {
        return GUTTER + viewport.x(time, plotWidth());
    }

    /** The lane under a y, or -1 above or below the lanes. */
    int laneAt(double y) {
        if (y < HEADER || y >= laneTop(LANES)) {
            return -1;
        }
        return (int) ((y - HEADER) / laneHeight());
    }
}
