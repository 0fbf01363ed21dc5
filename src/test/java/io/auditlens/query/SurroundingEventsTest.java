package io.auditlens.query;

import io.auditlens.store.StableRowSort;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurroundingEventsTest {

    // Rows loaded out of time order, with three events sharing 30 and two sharing 50.
    private static final long[] TIMES = {50, 10, 30, 20, 30, 60, 30, 50, 40, 70};

    private static int[] timeOrder(long[] times) {
        return StableRowSort.byTime(IntStream.range(0, times.length).toArray(), times);
    }

    @Test
    void theNeighboursAreTheEventsJustBeforeAndAfterInTime() {
        SurroundingEvents around = SurroundingEvents.around(timeOrder(TIMES), TIMES, 8, 2);

        // Time order: 1(10) 3(20) 2(30) 4(30) 6(30) 8(40) 0(50) 7(50) 5(60) 9(70).
        assertArrayEquals(new int[] {4, 6, 8, 0, 7}, around.rows());
        assertEquals(2, around.anchorIndex());
        assertEquals(2, around.before());
        assertEquals(2, around.after());
        assertFalse(around.startOfData());
        assertFalse(around.endOfData());
    }

    @Test
    void amongEqualTimesTheNeighboursAreTheEventsLoadedJustBeforeAndAfter() {
        SurroundingEvents around = SurroundingEvents.around(timeOrder(TIMES), TIMES, 4, 1);

        assertArrayEquals(new int[] {2, 4, 6}, around.rows());
        assertEquals(4, around.rows()[around.anchorIndex()]);
    }

    @Test
    void theStartAndEndOfTheDataCutTheListShort() {
        int[] order = timeOrder(TIMES);
        SurroundingEvents first = SurroundingEvents.around(order, TIMES, 1, 3);
        assertArrayEquals(new int[] {1, 3, 2, 4}, first.rows());
        assertEquals(0, first.before());
        assertTrue(first.startOfData());
        assertFalse(first.all());

        SurroundingEvents last = SurroundingEvents.around(order, TIMES, 9, 2);
        assertArrayEquals(new int[] {7, 5, 9}, last.rows());
        assertEquals(0, last.after());
        assertTrue(last.endOfData());

        SurroundingEvents everything = SurroundingEvents.around(order, TIMES, 0, 100);
        assertArrayEquals(order, everything.rows());
        assertTrue(everything.all());
    }

    @Test
    void noneOnEachSideIsTheAnchorAloneAndABadRowIsRefused() {
        int[] order = timeOrder(TIMES);
        assertArrayEquals(new int[] {5}, SurroundingEvents.around(order, TIMES, 5, 0).rows());
        assertArrayEquals(new int[] {0}, SurroundingEvents.around(new int[] {0}, new long[] {7}, 0, 10).rows());
        assertThrows(IllegalArgumentException.class, () -> SurroundingEvents.around(order, TIMES, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> SurroundingEvents.around(order, TIMES, 0, -1));
    }

    /** Against sorting every row by (time, row) and cutting the window out of that. */
    @Property
    void theSameAsSortingEverythingAndCuttingAWindow(@ForAll @Size(min = 1, max = 60) List<@IntRange(max = 8) Integer> t,
                                                     @ForAll @IntRange(max = 59) int anchor,
                                                     @ForAll @IntRange(max = 70) int n) {
        long[] times = t.stream().mapToLong(Integer::longValue).toArray();
        int row = anchor % times.length;
        Integer[] all = IntStream.range(0, times.length).boxed().toArray(Integer[]::new);
        Arrays.sort(all, Comparator.comparingLong((Integer r) -> times[r]).thenComparingInt(r -> r));
        int at = Arrays.asList(all).indexOf(row);
        int[] expected = Arrays.stream(all, Math.max(0, at - n), Math.min(all.length, at + n + 1))
                .mapToInt(Integer::intValue).toArray();

        SurroundingEvents around = SurroundingEvents.around(timeOrder(times), times, row, n);

        assertArrayEquals(expected, around.rows());
        assertEquals(row, around.rows()[around.anchorIndex()]);
        assertEquals(at - n <= 0, around.startOfData());
        assertEquals(at + n >= all.length - 1, around.endOfData());
    }
}
