package io.auditlens.ui;

/** A time range picked on the histogram: epoch millis, {@code from} inclusive, {@code to} exclusive. */
public record TimeRange(long from, long to) {

    public TimeRange {
        if (to < from) {
            throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
        }
    }
}
