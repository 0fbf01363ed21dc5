package io.auditlens.timeline;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The slice starts an engine counts a sparkline by put every time in the slice the in-memory activity does, for
 * any span and number of slices: the engine's sparklines are then exactly the in-memory ones.
 */
class DigestActivitySlicesTest {

    @Property(tries = 300)
    void aTimesSliceIsTheNumberOfSliceStartsUpToIt(@ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long from,
                                                   @ForAll @LongRange(min = 1, max = 400_000_000_000L) long length,
                                                   @ForAll @IntRange(min = 1, max = 60) int slices,
                                                   @ForAll @LongRange(min = 0, max = 1_000_000) long permille) {
        long until = from + length;
        long[] starts = DigestActivity.sliceStarts(from, until, slices);
        assertEquals(slices - 1, starts.length);
        // A time in the span, and the times either side of each start, where a slice would be cut wrongly.
        long time = from + (long) ((length - 1) * (permille / 1_000_000.0));
        assertEquals(DigestActivity.slice(time, from, until, slices), startsUpTo(starts, time));
        for (long start : starts) {
            for (long t : new long[] {start - 1, start}) {
                if (t >= from && t < until) {
                    assertEquals(DigestActivity.slice(t, from, until, slices), startsUpTo(starts, t), "at " + t);
                }
            }
        }
    }

    private static int startsUpTo(long[] starts, long time) {
        int n = 0;
        for (long start : starts) {
            if (start <= time) {
                n++;
            }
        }
        return n;
    }
}
