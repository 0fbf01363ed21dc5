package io.auditlens.ui.common;

import io.auditlens.event.EventTime;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeAxisTicksTest {

    @Test
    void secondsOnAShortSpan() {
        long from = EventTime.parse("2026-03-04T12:00:00.400Z");
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(from, from + 10_000, 1000, 80, ZoneOffset.UTC);

        assertEquals(List.of("4 Mar 12:00:01", "12:00:02", "12:00:03"), labels(ticks).subList(0, 3));
        assertEquals(EventTime.parse("2026-03-04T12:00:01Z"), ticks.get(0).time());
        assertEquals(10, ticks.size());
    }

    @Test
    void hoursNameTheDayAtMidnight() {
        long from = EventTime.parse("2026-03-04T20:10:00Z");
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(from, from + 8 * 3_600_000L, 800, 60,
                ZoneOffset.UTC);

        assertEquals(List.of("4 Mar 21:00", "22:00", "23:00", "5 Mar 00:00", "01:00", "02:00", "03:00", "04:00"),
                labels(ticks));
    }

    @Test
    void monthsOnAYearAndTheYearWhereItTurns() {
        long from = EventTime.parse("2025-11-15T00:00:00Z");
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(from, EventTime.parse("2026-05-15T00:00:00Z"), 600,
                70, ZoneOffset.UTC);

        assertEquals(List.of("Dec 2025", "Jan 2026", "Feb", "Mar", "Apr", "May"), labels(ticks));
    }

    @Test
    void daysFollowTheDisplayZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        long from = EventTime.parse("2026-03-01T00:00:00Z");
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(from, from + 4 * 86_400_000L, 400, 80, tokyo);

        // Midnight in Tokyo is 15:00 UTC the day before.
        assertEquals(EventTime.parse("2026-03-01T15:00:00Z"), ticks.get(0).time());
        assertEquals("2 Mar 2026", ticks.get(0).label());
    }

    @Test
    void ticksNeverCrowdAndStayInTheSpan() {
        long from = EventTime.parse("2026-01-01T00:00:00Z");
        for (long span : new long[] {3_000, 90_000, 5_400_000, 86_400_000, 30L * 86_400_000, 900L * 86_400_000}) {
            List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(from, from + span, 1200, 90, ZoneOffset.UTC);
            assertTrue(ticks.size() >= 2 && ticks.size() <= 1200 / 90 + 1, span + ": " + labels(ticks));
            for (int i = 0; i < ticks.size(); i++) {
                assertTrue(ticks.get(i).time() >= from && ticks.get(i).time() < from + span);
                if (i > 0) {
                    assertTrue(ticks.get(i).time() > ticks.get(i - 1).time());
                }
            }
        }
    }

    @Test
    void halfMonthsFallOnTheFirstAndSixteenthAndNeverBesideTheNextFirst() {
        assertEquals(List.of("1 Feb 2026", "16 Feb", "1 Mar", "16 Mar"),
                utcLabels("2026-01-31T00:00:00Z", "2026-04-01T00:00:00Z", 50));
    }

    @Test
    void twoDayStepsLeaveOutTheLastDayOfALongMonth() {
        assertEquals(List.of("27 Jan 2026", "29 Jan", "1 Feb", "3 Feb"),
                utcLabels("2026-01-27T00:00:00Z", "2026-02-04T00:00:00Z", 80));
    }

    @Test
    void fittingSpacesTicksByTheWidestLabel() {
        long from = EventTime.parse("2026-03-04T00:00:00Z");
        // 7 pixels a character: "4 Mar 00:00" (77) and "01:00" (35) need 56 + 10 pixels between their ticks, so
        // hourly ticks, 25 pixels apart, would crowd; every 3 hours (75 pixels) leaves room.
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.fitting(from, from + 2 * 86_400_000L, 1200, 20, 10,
                ZoneOffset.UTC, label -> label.length() * 7.0);

        assertEquals(List.of("4 Mar 00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00",
                "5 Mar 00:00"), labels(ticks).subList(0, 9));
        assertEquals(16, ticks.size());
    }

    /** The labels of ticks at least {@code minSpacing} apart on a 400-pixel UTC axis. */
    private static List<String> utcLabels(String from, String until, double minSpacing) {
        return labels(TimeAxisTicks.between(EventTime.parse(from), EventTime.parse(until), 400, minSpacing,
                ZoneOffset.UTC));
    }

    private static List<String> labels(List<TimeAxisTicks.Tick> ticks) {
        return ticks.stream().map(TimeAxisTicks.Tick::label).toList();
    }
}
