package io.auditlens.findings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * When people are expected at work: days of the week and hours of the day in a time zone, written
 * {@code Mon-Fri 07:00-19:00 UTC}. An event is in working hours when its local day is one of the days and its local
 * time lies in [start, end).
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

    /** Monday to Friday, 07:00 to 19:00 UTC. */
    public static final WorkingHours DEFAULT = parse("Mon-Fri 07:00-19:00 UTC");

    public WorkingHours {
        days = Set.copyOf(days);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
    }

    /**
     * Reads {@code DAYS HH:MM-HH:MM ZONE}: days as {@code Mon-Fri}, {@code Mon,Wed,Fri} or {@code Sat-Sun}, the zone as an
     * IANA name ({@code Europe/Berlin}), {@code UTC} or an offset ({@code +02:00}).
     */
    public static WorkingHours parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("working hours are written like \"Mon-Fri 07:00-19:00 UTC\", not \""
                    + text + "\"");
        }
        String[] hours = parts[1].split("-");
        if (hours.length != 2) {
            throw new IllegalArgumentException("hours are written like 07:00-19:00, not \"" + parts[1] + "\"");
        }
        try {
            return new WorkingHours(days(parts[0]), LocalTime.parse(hours[0]),
                    hours[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(hours[1]), ZoneId.of(parts[2]));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot read working hours \"" + text + "\": " + e.getMessage());
        }
    }

    /** Whether an event time lies in working hours. */
    public boolean contains(long epochMillis) {
        ZonedDateTime local = Instant.ofEpochMilli(epochMillis).atZone(zone);
        LocalTime t = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !t.isBefore(start) && t.isBefore(end);
    }

    /** A matcher that remembers the last local day it saw, so events of the same day cost no time-zone arithmetic. */
    public Matcher matcher() {
        return new Matcher();
    }

    /** Working hours as they are written, e.g. {@code Mon-Fri 07:00-19:00 UTC}. */
    public String text() {
        return dayText() + " " + start + "-" + (end.equals(LocalTime.MAX) ? "24:00" : end.toString()) + " " + zone.getId();
    }

    private String dayText() {
        StringBuilder out = new StringBuilder();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < week.length && days.contains(week[j + 1])) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ",").append(name(week[i]));
            if (j > i) {
                out.append(j == i + 1 ? "," : "-").append(name(week[j]));
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                out.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return out;
    }

    private static DayOfWeek day(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (text.length() >= 2 && d.name().startsWith(text.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a day of the week (Mon, Tue, ...)");
    }

    /** Decides many event times, reusing the working span of the last local day seen. Not thread-safe. */
    public final class Matcher {
        private long dayFrom = Long.MAX_VALUE;
        private long dayUntil = Long.MIN_VALUE;
        private long workFrom;
        private long workUntil;

        /** Whether the time lies in working hours. */
        public boolean contains(long epochMillis) {
            if (epochMillis < dayFrom || epochMillis >= dayUntil) {
                learnDay(epochMillis);
            }
            return epochMillis >= workFrom && epochMillis < workUntil;
        }

        private void learnDay(long epochMillis) {
            LocalDate date = Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
            dayFrom = date.atStartOfDay(zone).toInstant().toEpochMilli();
            dayUntil = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            if (days.contains(date.getDayOfWeek())) {
                workFrom = date.atTime(start).atZone(zone).toInstant().toEpochMilli();
                workUntil = end.equals(LocalTime.MAX) ? dayUntil : date.atTime(end).atZone(zone).toInstant().toEpochMilli();
            } else {
                workFrom = 0;
                workUntil = 0;
            }
        }
    }
}
