package io.auditlens.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The width of a histogram bar, from a minute to a month (or several). Bars are aligned in UTC: N-minute, N-hour and
 * N-day bars on multiples of their width since the epoch, weeks on Mondays, months on the first of the month.
 */
public record BucketSize(int amount, ChronoUnit unit) {

    public static final BucketSize MINUTE = new BucketSize(1, ChronoUnit.MINUTES);
    public static final BucketSize HOUR = new BucketSize(1, ChronoUnit.HOURS);
    public static final BucketSize DAY = new BucketSize(1, ChronoUnit.DAYS);
    public static final BucketSize WEEK = new BucketSize(1, ChronoUnit.WEEKS);
    public static final BucketSize MONTH = new BucketSize(1, ChronoUnit.MONTHS);

    /** Sizes a zoomable histogram steps through, finest first. */
    public static final List<BucketSize> LADDER = List.of(MINUTE, new BucketSize(5, ChronoUnit.MINUTES),
            new BucketSize(15, ChronoUnit.MINUTES), HOUR, new BucketSize(3, ChronoUnit.HOURS),
            new BucketSize(6, ChronoUnit.HOURS), new BucketSize(12, ChronoUnit.HOURS), DAY, WEEK, MONTH,
            new BucketSize(3, ChronoUnit.MONTHS), new BucketSize(12, ChronoUnit.MONTHS));

    // 1970-01-05 was the first Monday after the epoch.
    private static final long FIRST_MONDAY = 4 * 86_400_000L;

    public BucketSize {
        if (amount < 1) {
            throw new IllegalArgumentException("a bucket spans at least one " + unit);
        }
        if (unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS
                && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("buckets are minutes, hours, days, weeks or months, not " + unit);
        }
    }

    /** The finest size of the ladder that covers {@code [from, until)} in at most {@code maxBuckets} bars. */
    public static BucketSize fitting(long from, long until, int maxBuckets) {
        for (BucketSize size : LADDER) {
            if (size.count(from, until) <= maxBuckets) {
                return size;
            }
        }
        return LADDER.get(LADDER.size() - 1);
    }

    /** Whether every bar has the same length in milliseconds (all but months). */
    public boolean isFixed() {
        return unit != ChronoUnit.MONTHS;
    }

    /** The length of a bar in milliseconds; only for fixed sizes. */
    public long millis() {
        return unit.getDuration().toMillis() * amount;
    }

    /** The start of the bar holding a time. */
    public long floor(long time) {
        if (isFixed()) {
            long origin = unit == ChronoUnit.WEEKS ? FIRST_MONDAY : 0;
            return Math.floorDiv(time - origin, millis()) * millis() + origin;
        }
        LocalDate day = Instant.ofEpochMilli(time).atOffset(ZoneOffset.UTC).toLocalDate();
        long months = (day.getYear() - 1970L) * 12 + day.getMonthValue() - 1;
        return monthStart(Math.floorDiv(months, amount) * amount);
    }

    /** The start of the bar after the one starting at {@code start}. */
    public long next(long start) {
        if (isFixed()) {
            return start + millis();
        }
        return Instant.ofEpochMilli(start).atOffset(ZoneOffset.UTC).plusMonths(amount).toInstant().toEpochMilli();
    }

    /** How many bars cover {@code [from, until)}. */
    public long count(long from, long until) {
        if (until <= from) {
            return 0;
        }
        long first = floor(from);
        if (isFixed()) {
            return (until - 1 - first) / millis() + 1;
        }
        long n = 0;
        for (long t = first; t < until; t = next(t)) {
            n++;
        }
        return n;
    }

    /** A label such as {@code 5 minutes} or {@code month}. */
    public String label() {
        String name = unit.toString().toLowerCase(Locale.ROOT);
        return amount == 1 ? name.substring(0, name.length() - 1) : amount + " " + name;
    }

    private static long monthStart(long monthsSinceEpoch) {
        return LocalDate.of(1970, 1, 1).plusMonths(monthsSinceEpoch).atStartOfDay().toInstant(ZoneOffset.UTC)
                .toEpochMilli();
    }
}
