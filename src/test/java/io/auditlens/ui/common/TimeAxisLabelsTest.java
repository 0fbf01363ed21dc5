package io.auditlens.ui.common;

import io.auditlens.event.EventTime;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeAxisLabelsTest {

    /** About the width of the window's axis font: 7 pixels a character. */
    private static final ToDoubleFunction<String> WIDTH = label -> label.length() * 7.0;

    @Test
    void labelsStayInsideTheAxisAndSkipWhatWouldOverlap() {
        List<TimeAxisTicks.Tick> ticks = List.of(new TimeAxisTicks.Tick(0, "4 Mar 2026"),
                new TimeAxisTicks.Tick(30, "12:00"), new TimeAxisTicks.Tick(100, "5 Mar"),
                new TimeAxisTicks.Tick(199, "6 Mar"));

        List<TimeAxisLabels.Placed> placed = TimeAxisLabels.place(ticks, t -> t, WIDTH, 0, 200, 8);

        assertEquals(List.of("4 Mar 2026", "5 Mar", "6 Mar"), placed.stream().map(TimeAxisLabels.Placed::text).toList());
        assertEquals(0, placed.get(0).textX(), "the first label starts at the axis' left end, not before it");
        assertEquals(100 - 17.5, placed.get(1).textX(), "centred under its tick");
        assertEquals(200 - 35, placed.get(2).textX(), "the last label ends at the axis' right end");
    }

    @Test
    void aLabelWiderThanTheAxisIsLeftOut() {
        assertTrue(TimeAxisLabels.place(List.of(new TimeAxisTicks.Tick(10, "4 Mar 2026")), t -> t, WIDTH, 0, 50, 8)
                .isEmpty());
    }

    @Test
    void histogramLabelsNeverOverlapAtAnyWidthOrSpan() {
        long from = EventTime.parse("2026-01-05T00:00:00Z");
        ZoneId[] zones = {ZoneOffset.UTC, ZoneId.of("America/Sao_Paulo"), ZoneId.of("Asia/Kolkata")};
        long[] spans = {3_600_000L, 86_400_000L, 9 * 86_400_000L, 90 * 86_400_000L, 800 * 86_400_000L};
        for (ZoneId zone : zones) {
            for (long span : spans) {
                for (int width = 40; width <= 2400; width += 37) {
                    double w = width;
                    List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.fitting(from, from + span, w, 60, 16, zone, WIDTH);
                    List<TimeAxisLabels.Placed> placed = TimeAxisLabels.place(ticks,
                            t -> (t - from) * w / span, WIDTH, 2, w - 2, 16);
                    String where = zone + ", " + span + " ms on " + width + " px: " + placed;
                    for (int i = 0; i < placed.size(); i++) {
                        TimeAxisLabels.Placed p = placed.get(i);
                        assertTrue(p.textX() >= 2 && p.textX() + WIDTH.applyAsDouble(p.text()) <= w - 2, where);
                        if (i > 0) {
                            TimeAxisLabels.Placed before = placed.get(i - 1);
                            assertTrue(p.textX() >= before.textX() + WIDTH.applyAsDouble(before.text()) + 16, where);
                        }
                    }
                    if (width >= 300) {
                        assertTrue(placed.size() >= 2, "several labels once there is room: " + where);
                    }
                    assertFalse(width >= 300 && ticks.size() > placed.size() + 1,
                            "fitting leaves little for placing to drop: " + where);
                }
            }
        }
    }
}
