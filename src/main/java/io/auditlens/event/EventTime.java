package io.auditlens.event;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Parses and formats {@code eventTime} values: {@code YYYY-MM-DDThh:mm:ss[.f{0,9}][Z|+hhmm|+hh:mm|+hh]},
 * no zone meaning UTC. Hand-written because it runs once per loaded event and must not allocate.
 */
public final class EventTime {

    /** Returned by {@link #parse} when the text is not a valid time. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private EventTime() {
    }

    /** Epoch milliseconds (UTC) of the text, or {@link #INVALID}. */
    public static long parse(CharSequence text) {
        if (text == null) {
            return INVALID;
        }
        byte[] ascii = new byte[text.length()];
        for (int i = 0; i < ascii.length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return INVALID; // a valid time is all ASCII
            }
            ascii[i] = (byte) c;
        }
        return parse(ascii, 0, ascii.length);
    }

    /** Epoch milliseconds (UTC) of the {@code len} UTF-8 bytes of {@code buf} from {@code off}, or {@link #INVALID}. */
    public static long parse(byte[] buf, int off, int len) {
        return parseAt(buf, off, len);
    }

    /** Formats epoch milliseconds as {@code 2026-03-04T12:00:00.000Z}. */
    public static String format(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    private static char at(byte[] b, int o, int i) {
        return (char) (b[o + i] & 0xFF);
    }

    private static long parseAt(byte[] b, int o, int len) {
        if (len < 19) {
            return INVALID;
        }
        int year = digits(b, o, 0, 4);
        int month = at(b, o, 4) == '-' ? digits(b, o, 5, 2) : -1;
        int day = at(b, o, 7) == '-' ? digits(b, o, 8, 2) : -1;
        char sep = at(b, o, 10);
        int hour = sep == 'T' || sep == 't' || sep == ' ' ? digits(b, o, 11, 2) : -1;
        int minute = at(b, o, 13) == ':' ? digits(b, o, 14, 2) : -1;
        int second = at(b, o, 16) == ':' ? digits(b, o, 17, 2) : -1;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return INVALID;
        }
        int i = 19;
        long nanos = 0;
        if (i < len && (at(b, o, i) == '.' || at(b, o, i) == ',')) {
            i++;
            int fracDigits = 0;
            while (i < len && at(b, o, i) >= '0' && at(b, o, i) <= '9') {
                if (fracDigits < 9) {
                    nanos = nanos * 10 + (at(b, o, i) - '0');
                }
                fracDigits++;
                i++;
            }
            if (fracDigits == 0 || fracDigits > 9) {
                return INVALID;
            }
            for (int k = fracDigits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetMinutes = 0;
        if (i < len) {
            char z = at(b, o, i);
            if ((z == 'Z' || z == 'z') && i + 1 == len) {
                i++;
            } else if (z == '+' || z == '-') {
                int oh = digitsSafe(b, o, i + 1, 2, len);
                int om;
                int end;
                if (i + 3 == len) {
                    om = 0;
                    end = len;
                } else if (i + 5 == len) {
                    om = digitsSafe(b, o, i + 3, 2, len);
                    end = len;
                } else if (i + 6 == len && at(b, o, i + 3) == ':') {
                    om = digitsSafe(b, o, i + 4, 2, len);
                    end = len;
                } else {
                    return INVALID;
                }
                // java.time's limit: offsets run from -18:00 to +18:00, so +18:30 is not one.
                if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
                    return INVALID;
                }
                offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
                i = end;
            } else {
                return INVALID;
            }
        }
        if (i != len) {
            return INVALID;
        }
        if (second == 60) {
            second = 59; // a leap second sorts with the second before it
        }
        long days = daysFromEpoch(year, month, day);
        long millis = days * MILLIS_PER_DAY + ((hour * 60L + minute) * 60L + second) * 1000L + nanos / 1_000_000L;
        return millis - offsetMinutes * 60_000L;
    }

    private static int digitsSafe(byte[] b, int o, int from, int count, int len) {
        return from + count <= len ? digits(b, o, from, count) : -1;
    }

    private static int digits(byte[] b, int o, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = at(b, o, i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** Days in a month, from the calendar arithmetic below (month 13 is the next January). */
    private static long daysIn(int year, int month) {
        return daysFromEpoch(year, month + 1, 1) - daysFromEpoch(year, month, 1);
    }

    /**
     * Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil), for months 1 to
     * 13 (the next January). Arithmetic only, without a branch on the month: the compiled code would otherwise
     * expect only the months seen while it was profiled (a file sorted by time starts in one month) and be thrown
     * away and compiled again when each new month comes.
     */
    private static long daysFromEpoch(int year, int month, int day) {
        int beforeMarch = (month - 3) >>> 31; // 1 for January and February, which count with the year before
        long y = year - beforeMarch + 400L; // one era later, so that it is never negative: plain division floors
        long era = y / 400;
        long yoe = y - era * 400;
        long mp = month + 9 - 12 * (1 - beforeMarch); // March 0 ... February 11
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (era - 1) * 146097 + doe - 719468;
    }
}
