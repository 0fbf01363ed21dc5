package io.auditlens.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineViewportTest {

    @Test
    void fittingShowsEveryInstantWithAMargin() {
        TimelineViewport v = TimelineViewport.fitting(1_000_000, 2_000_000);

        assertTrue(v.from() < 1_000_000 && v.until() > 2_000_000);
        assertTrue(v.x(1_000_000, 500) > 0 && v.x(2_000_000, 500) < 500);
    }

    @Test
    void aLoneEventGetsAMinuteAroundIt() {
        TimelineViewport v = TimelineViewport.fitting(5_000_000, 5_000_000);

        assertTrue(v.span() >= 60_000);
        assertEquals(250, v.x(5_000_000, 500), 1);
    }

    @Test
    void zoomingKeepsTheInstantUnderTheMouse() {
        TimelineViewport v = new TimelineViewport(0, 1_000_000);
        long under = v.time(300, 1000);

        TimelineViewport in = v.zoomed(0.5, 300, 1000);

        assertEquals(500_000, in.span());
        assertEquals(under, in.time(300, 1000), 1);
    }

    @Test
    void zoomStopsAtASecond() {
        TimelineViewport v = new TimelineViewport(0, 10_000).zoomed(0.001, 500, 1000);

        assertEquals(TimelineViewport.MIN_SPAN, v.span());
    }

    @Test
    void panningMovesTheContentWithTheMouse() {
        TimelineViewport v = new TimelineViewport(0, 1_000_000);

        TimelineViewport moved = v.panned(100, 1000);

        assertEquals(-100_000, moved.from());
        assertEquals(v.time(200, 1000), moved.time(300, 1000));
    }
}
