package io.auditlens.timeline;

import io.auditlens.query.RowSet;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

/**
 * How busy each digest was over the time its rows span: events per equal slice of that span, for a sparkline per
 * digest. Every digest shares the slices, so two sparklines side by side compare the same moments. Computed in
 * two passes over the rows; immutable.
 */
public final class DigestActivity {

    private static final int[] NONE = new int[0];

    private final Dictionary digests;
    private final int slices;
    private final long from;
    private final long until;
    private final int[][] countsByCode;

    private DigestActivity(Dictionary digests, int slices, long from, long until, int[][] countsByCode) {
        this.digests = digests;
        this.slices = slices;
        this.from = from;
        this.until = until;
        this.countsByCode = countsByCode;
    }

    /**
     * The activity of every digest the rows name, in {@code slices} equal slices from the first to the last of
     * those rows' times.
     */
    public static DigestActivity of(EventStore store, RowSet rows, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("at least one slice is needed, not " + slices);
        }
        int[] digest = store.codes(EventColumn.DIGEST);
        long[] time = store.times();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int row = rows.next(0); row >= 0; row = rows.next(row + 1)) {
            if (digest[row] != 0) {
                first = Math.min(first, time[row]);
                last = Math.max(last, time[row]);
            }
        }
        Dictionary dictionary = store.dictionary(EventColumn.DIGEST);
        int[][] counts = new int[dictionary.size()][];
        if (first > last) {
            return new DigestActivity(dictionary, slices, 0, 0, counts);
        }
        long until = last + 1;
        for (int row = rows.next(0); row >= 0; row = rows.next(row + 1)) {
            int d = digest[row];
            if (d == 0) {
                continue;
            }
            if (counts[d] == null) {
                counts[d] = new int[slices];
            }
            counts[d][slice(time[row], first, until, slices)]++;
        }
        return new DigestActivity(dictionary, slices, first, until, counts);
    }

    /** The slice of a time in {@code slices} equal slices from {@code from} to {@code until} (exclusive). */
    public static int slice(long time, long from, long until, int slices) {
        double perMilli = (double) slices / (until - from);
        return (int) Math.min(slices - 1, (time - from) * perMilli);
    }

    /**
     * The first time of each slice after the first, as {@link #slice} cuts them (so an engine counting by these
     * bounds puts every time in the slice this class does); {@code until} for a slice no time falls in.
     */
    public static long[] sliceStarts(long from, long until, int slices) {
        long[] starts = new long[slices - 1];
        for (int s = 1; s < slices; s++) {
            // The slice grows with the time, so the first time of slice s is found by bisection.
            long low = from;
            long high = until;
            while (low < high) {
                long mid = low + (high - low) / 2;
                if (slice(mid, from, until, slices) >= s) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            starts[s - 1] = low;
        }
        return starts;
    }

    /** Number of slices. */
    public int slices() {
        return slices;
    }

    /** Start of the first slice, epoch milliseconds UTC; 0 when the rows name no digest. */
    public long from() {
        return from;
    }

    /** End (exclusive) of the last slice. */
    public long until() {
        return until;
    }

    /** Events of the digest (any case) per slice; an empty array when the rows never name it. */
    public int[] counts(String digest) {
        int code = digests.find(digest.toLowerCase(java.util.Locale.ROOT));
        if (code <= 0 || code >= countsByCode.length || countsByCode[code] == null) {
            return NONE;
        }
        return countsByCode[code].clone();
    }
}
