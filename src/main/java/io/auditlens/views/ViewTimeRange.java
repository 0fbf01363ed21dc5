package io.auditlens.views;

/**
 * The span of event time a view is limited to, in epoch milliseconds UTC; either end may be open. As with the
 * query language's {@code after:} and {@code before:}, {@code from} is inclusive and {@code to} exclusive.
 *
 * @param from the first instant included, or null for no lower bound
 * @param to   the first instant excluded, or null for no upper bound
 */
public record ViewTimeRange(Long from, Long to) {

    /** No bound on either side. */
    public static final ViewTimeRange ALL = new ViewTimeRange(null, null);

    public ViewTimeRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("a time range cannot end before it starts: " + from + " > " + to);
        }
    }

    /** Whether neither end is bounded. */
    public boolean unbounded() {
        return from == null && to == null;
    }
}
