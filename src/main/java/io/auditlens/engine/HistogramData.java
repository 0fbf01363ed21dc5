package io.auditlens.engine;

import java.util.List;

/**
 * Events over time as the engine counted them: bar {@code b} spans {@code [bounds[b], bounds[b + 1])}, one count
 * row per outcome ({@code counts[series][bar]}) named by the outcome it counts, the bar width in words, and per bar
 * how many of its events carry a label (all zero when the engine does not see the case's labels).
 */
public record HistogramData(long[] bounds, List<String> series, long[][] counts, String barWidth, long[] labelled) {

    /** No events. */
    public static final HistogramData EMPTY = new HistogramData(new long[0], List.of(), new long[0][], "");

    public HistogramData {
        labelled = labelled == null ? new long[Math.max(0, bounds.length - 1)] : labelled;
    }

    /** Counts without labelled events. */
    public HistogramData(long[] bounds, List<String> series, long[][] counts, String barWidth) {
        this(bounds, series, counts, barWidth, null);
    }

    /** A copy counting {@code labelledCounts} labelled events per bar. */
    public HistogramData withLabelled(long[] labelledCounts) {
        return new HistogramData(bounds, series, counts, barWidth, labelledCounts);
    }

    /** The bar holding {@code time}, or -1 outside every bar. */
    public int bucketOf(long time) {
        if (bounds.length < 2 || time < bounds[0] || time >= bounds[bounds.length - 1]) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(bounds, time);
        return i >= 0 ? i : -i - 2;
    }

    /** Whether any bar has a labelled event. */
    public boolean anyLabelled() {
        for (long n : labelled) {
            if (n > 0) {
                return true;
            }
        }
        return false;
    }

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
