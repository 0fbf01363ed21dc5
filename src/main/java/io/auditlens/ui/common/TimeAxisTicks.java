package io.auditlens.ui.common;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The ticks of a time axis for any visible span from a few seconds to many years: a step chosen so that labels do
 * not crowd, ticks on round instants of the display zone (whole minutes, midnights, Mondays, first days of months)
 * and a short label for each. The first tick, and each where a larger unit rolls over (a new day under hourly
 * ticks, a new year under monthly ticks), carries the larger unit too, so the reader always knows where they are.
 */
public final class TimeAxisTicks {

    /** One tick: its instant (epoch milliseconds) and its label. */
    public record Tick(long time, String label) {
    }

    /** A step between ticks, how to label a tick and how to label one where a larger unit starts. */
    private record Step(ChronoUnit unit, int amount, String shortPattern, String fullPattern) {

        long approxMillis() {
            return unit.getDuration().toMillis() * amount;
        }
    }

    // Guards the loop against a span no step fits (thousands of years on a narrow axis).
    private static final int MAX_TICKS = 1_000;

    private static final List<Step> STEPS = steps();

    private TimeAxisTicks() {
    }

    /**
     * The ticks within {@code [from, until)} on an axis {@code width} pixels wide, at least {@code minSpacing}
     * pixels apart where the zone's calendar allows (months differ in length).
     */
    public static List<Tick> between(long from, long until, double width, double minSpacing, ZoneId zone) {
        if (until <= from || width <= 0) {
            return List.of();
        }
        double pixelsPerMilli = width / (until - from);
        Step step = STEPS.get(STEPS.size() - 1);
        for (Step s : STEPS) {
            if (s.approxMillis() * pixelsPerMilli >= minSpacing) {
                step = s;
                break;
            }
        }
        DateTimeFormatter shortLabel = DateTimeFormatter.ofPattern(step.shortPattern(), Locale.ENGLISH);
        DateTimeFormatter fullLabel = DateTimeFormatter.ofPattern(step.fullPattern(), Locale.ENGLISH);
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime t = aligned(Instant.ofEpochMilli(from).atZone(zone), step);
        while (ticks.size() < MAX_TICKS) {
            long millis = t.toInstant().toEpochMilli();
            if (millis >= until) {
                break;
            }
            if (millis >= from) {
                boolean full = ticks.isEmpty() || startsLargerUnit(t, step.unit());
                ticks.add(new Tick(millis, (full ? fullLabel : shortLabel).format(t)));
            }
            t = next(t, step);
        }
        return ticks;
    }

    /**
     * The ticks within {@code [from, until)} on an axis {@code width} pixels wide, as {@link #between} chooses them
     * with a spacing of at least {@code minSpacing}, widened until any two neighbouring labels, centred on their
     * ticks, fit between them with {@code gap} to spare: short labels ("14:00") may stand close, long ones further.
     */
    public static List<Tick> fitting(long from, long until, double width, double minSpacing, double gap, ZoneId zone,
                              ToDoubleFunction<String> textWidth) {
        double spacing = minSpacing;
        List<Tick> ticks = between(from, until, width, spacing, zone);
        // A coarser step can have longer labels (days name their year), hence a few rounds; they settle fast.
        for (int round = 0; round < 4; round++) {
            double needed = 0;
            for (int i = 1; i < ticks.size(); i++) {
                double halves = (textWidth.applyAsDouble(ticks.get(i - 1).label())
                        + textWidth.applyAsDouble(ticks.get(i).label())) / 2;
                needed = Math.max(needed, halves + gap);
            }
            if (needed <= spacing) {
                break;
            }
            spacing = needed;
            ticks = between(from, until, width, spacing, zone);
        }
        return ticks;
    }

    private static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (int s : new int[] {1, 2, 5, 10, 15, 30}) {
            steps.add(new Step(ChronoUnit.SECONDS, s, "HH:mm:ss", "d MMM HH:mm:ss"));
        }
        for (int m : new int[] {1, 2, 5, 10, 15, 30}) {
            steps.add(new Step(ChronoUnit.MINUTES, m, "HH:mm", "d MMM HH:mm"));
        }
        for (int h : new int[] {1, 2, 3, 6, 12}) {
            steps.add(new Step(ChronoUnit.HOURS, h, "HH:mm", "d MMM HH:mm"));
        }
        for (int d : new int[] {1, 2}) {
            steps.add(new Step(ChronoUnit.DAYS, d, "d MMM", "d MMM uuuu"));
        }
        steps.add(new Step(ChronoUnit.WEEKS, 1, "d MMM", "d MMM uuuu"));
        // Half months (the 1st and 16th) bridge weeks and months, which differ fourfold.
        steps.add(new Step(ChronoUnit.DAYS, 15, "d MMM", "d MMM uuuu"));
        for (int m : new int[] {1, 2, 3, 6}) {
            steps.add(new Step(ChronoUnit.MONTHS, m, "MMM", "MMM uuuu"));
        }
        for (int y : new int[] {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000}) {
            steps.add(new Step(ChronoUnit.YEARS, y, "uuuu", "uuuu"));
        }
        return List.copyOf(steps);
    }

    /** The last round instant of the step at or before {@code t}. */
    private static ZonedDateTime aligned(ZonedDateTime t, Step step) {
        int n = step.amount();
        return switch (step.unit()) {
            case SECONDS -> t.truncatedTo(ChronoUnit.SECONDS).withSecond(t.getSecond() / n * n);
            case MINUTES -> t.truncatedTo(ChronoUnit.MINUTES).withMinute(t.getMinute() / n * n);
            case HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / n * n);
            case DAYS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(dayTick(t, n));
            case WEEKS -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / n * n + 1);
            default -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(Math.floorDiv(t.getYear(), n) * n);
        };
    }

    /** The day of the month of the last day tick at or before {@code t}'s day; skips days {@link #next} leaves out. */
    private static int dayTick(ZonedDateTime t, int n) {
        int day = (t.getDayOfMonth() - 1) / n * n + 1;
        return day + n / 2 > t.toLocalDate().lengthOfMonth() ? day - n : day;
    }

    // Day steps restart at each month's first day so that ticks stay on the same days of every month; a tick less
    // than half a step before the next first (31 January beside 1 February) is left out, so none crowd there.
    private static ZonedDateTime next(ZonedDateTime t, Step step) {
        ZonedDateTime n = t.plus(step.amount(), step.unit());
        if (step.unit() == ChronoUnit.DAYS) {
            ZonedDateTime nextMonth = t.withDayOfMonth(1).plusMonths(1);
            if (!n.plusDays(step.amount() / 2).isBefore(nextMonth)) {
                return nextMonth;
            }
        }
        return n;
    }

    private static boolean startsLargerUnit(ZonedDateTime t, ChronoUnit unit) {
        return switch (unit) {
            case SECONDS, MINUTES, HOURS -> t.getHour() == 0 && t.getMinute() == 0 && t.getSecond() == 0;
            case DAYS, WEEKS, MONTHS -> t.getDayOfYear() == 1;
            default -> false;
        };
    }
}
