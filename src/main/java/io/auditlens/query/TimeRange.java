package io.auditlens.query;

/**
 * A span of event time in epoch milliseconds UTC: from inclusive, until exclusive, as {@code after:} and
 * {@code before:} read.
 */
public record TimeRange(long from, long until) {

    /** No bound on either side. */
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange {
        if (from > until) {
            throw new IllegalArgumentException("a time range cannot end before it starts: " + from + " > " + until);
        }
    }

    /** Whether the range bounds nothing. */
    public boolean isAll() {
        return from == Long.MIN_VALUE && until == Long.MAX_VALUE;
    }

    /** Whether both ends are set. */
    public boolean isBounded() {
        return from != Long.MIN_VALUE && until != Long.MAX_VALUE;
    }

    /** Whether an event time lies in the range. */
    public boolean contains(long time) {
        return time >= from && time < until;
    }
}
