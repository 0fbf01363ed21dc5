package io.auditlens.engine;

import java.util.List;

/**
 * Events over time as the engine counted them: bar {@code b} spans {@code [bounds[b], bounds[b + 1])}, one count
 * row per outcome ({@code counts[series][bar]}) named by the outcome it counts, and the bar width in words.
 */
public record HistogramData(long[] bounds, List<String> series, long[][] counts, String barWidth) {

    /** No events. */
    public static final HistogramData EMPTY = new HistogramData(new long[0], List.of(), new long[0][], "");

    /** Number of bars. */
    public int buckets() {
        return Math.max(0, bounds.length - 1);
    }

    /** All outcomes together in one bar. */
    public long total(int bucket) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[bucket];
        }
        return sum;
    }

    /** Start of the first bar. */
    public long start() {
        return bounds.length == 0 ? 0 : bounds[0];
    }

    /** End (exclusive) of the last bar. */
    public long end() {
        return bounds.length == 0 ? 0 : bounds[bounds.length - 1];
    }
}
