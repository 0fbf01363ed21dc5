package io.auditlens.query;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Events per time bar, split by outcome. Bars are consecutive: bar {@code b} spans {@code [start(b), end(b))}.
 * Outcome series are ordered by their total, largest first; the series {@code ""} holds events without an outcome.
 * Immutable.
 */
public final class Histogram {

    /** The most bars a histogram may have; pick a coarser size for longer spans. */
    public static final int MAX_BUCKETS = 100_000;

    private final BucketSize size;
    private final long[] bounds;
    private final List<String> outcomes;
    private final long[][] counts;

    private Histogram(BucketSize size, long[] bounds, List<String> outcomes, long[][] counts) {
        this.size = size;
        this.bounds = bounds;
        this.outcomes = outcomes;
        this.counts = counts;
    }

    /**
     * Counts the rows per bar and outcome over {@code range} when it is bounded on both sides, else over the span
     * from the first to the last of the rows.
     */
    static Histogram of(EventStore store, BitSet rows, BucketSize size, TimeRange range) {
        long[] time = store.times();
        long from = range.from();
        long until = range.until();
        if (!range.isBounded()) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                first = Math.min(first, time[row]);
                last = Math.max(last, time[row]);
            }
            if (first > last) {
                return new Histogram(size, new long[0], List.of(), new long[0][]);
            }
            from = range.from() == Long.MIN_VALUE ? first : range.from();
            until = range.until() == Long.MAX_VALUE ? last + 1 : range.until();
        }
        long buckets = size.count(from, until);
        if (buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException(buckets + " bars of " + size.label() + " are too many; at most "
                    + MAX_BUCKETS);
        }
        long[] bounds = new long[(int) buckets + 1];
        bounds[0] = size.floor(from);
        for (int b = 1; b < bounds.length; b++) {
            bounds[b] = size.next(bounds[b - 1]);
        }
        int[] outcome = store.codes(EventColumn.OUTCOME);
        long[][] byCode = new long[store.dictionary(EventColumn.OUTCOME).size()][(int) buckets];
        long firstBound = bounds[0];
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            long t = time[row];
            if (t < from || t >= until) {
                continue;
            }
            int b = size.isFixed() ? (int) ((t - firstBound) / size.millis()) : bucketOf(bounds, t);
            byCode[outcome[row]][b]++;
        }
        return fromOutcomeCodes(size, bounds, byCode, store.dictionary(EventColumn.OUTCOME));
    }

    private static int bucketOf(long[] bounds, long t) {
        int i = Arrays.binarySearch(bounds, t);
        return i >= 0 ? i : -i - 2;
    }

    private static Histogram fromOutcomeCodes(BucketSize size, long[] bounds, long[][] byCode, Dictionary outcomes) {
        List<Integer> codes = new ArrayList<>();
        long[] totals = new long[byCode.length];
        for (int code = 0; code < byCode.length; code++) {
            totals[code] = Arrays.stream(byCode[code]).sum();
            if (totals[code] > 0) {
                codes.add(code);
            }
        }
        codes.sort(Comparator.<Integer>comparingLong(c -> -totals[c]).thenComparing(c -> c == 0 ? "" : outcomes.value(c)));
        List<String> names = new ArrayList<>();
        long[][] series = new long[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            names.add(code == 0 ? "" : outcomes.value(code));
            series[i] = byCode[code];
        }
        return new Histogram(size, bounds, List.copyOf(names), series);
    }

    /** The bar width. */
    public BucketSize bucketSize() {
        return size;
    }

    /** Number of bars; 0 when there are no events and no bounded range. */
    public int buckets() {
        return Math.max(0, bounds.length - 1);
    }

    /** Start of a bar, epoch milliseconds UTC. */
    public long start(int bucket) {
        return bounds[bucket];
    }

    /** End (exclusive) of a bar. */
    public long end(int bucket) {
        return bounds[bucket + 1];
    }

    /** The outcome of each series, {@code ""} for events without one. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** Events of one outcome series in one bar. */
    public long count(int series, int bucket) {
        return counts[series][bucket];
    }

    /** Events in one bar, all outcomes. */
    public long total(int bucket) {
        long sum = 0;
        for (long[] s : counts) {
            sum += s[bucket];
        }
        return sum;
    }

    /** The largest bar total, for scaling a chart. */
    public long maxTotal() {
        long max = 0;
        for (int b = 0; b < buckets(); b++) {
            max = Math.max(max, total(b));
        }
        return max;
    }
}
