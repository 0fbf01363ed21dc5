package io.auditlens.ui;

import java.util.List;

/**
 * Events over time as the engine counted them: equal buckets from {@code start}, one count row per outcome
 * ({@code counts[series][bucket]}), series named as the outcome values they count.
 */
public record HistogramData(long start, long bucketMillis, List<String> series, long[][] counts) {

    /** No events. */
    public static final HistogramData EMPTY = new HistogramData(0, 1, List.of(), new long[0][]);

    /** Number of buckets. */
    public int buckets() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** All outcomes together in one bucket. */
    public long total(int bucket) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[bucket];
        }
        return sum;
    }
}
