package io.auditlens.query;

/**
 * The events just before and after one event in time, taken from every loaded event whatever the filters: what
 * "Show surrounding events" lists, to see what happened around an event a filter isolates. Events with the same
 * time keep the store's order (load order), as the time order of the table does, so the neighbours of an event
 * among equal times are the ones loaded just before and after it.
 *
 * @param anchorRow   the store row the events surround
 * @param rows        the store rows in time order, the anchor among them; must not be modified
 * @param anchorIndex where the anchor is in {@code rows}
 * @param startOfData whether the first of {@code rows} is the first event of all
 * @param endOfData   whether the last of {@code rows} is the last event of all
 */
public record SurroundingEvents(int anchorRow, int[] rows, int anchorIndex, boolean startOfData, boolean endOfData) {

    /**
     * Up to {@code n} events on each side of a row.
     *
     * @param timeOrder every row of the store in time order, equal times in row order (as
     *                  {@link SelectionEngine#timeOrder()} gives)
     * @param times     each row's time
     * @throws IllegalArgumentException when {@code n} is negative or the row is not in {@code timeOrder}
     */
    public static SurroundingEvents around(int[] timeOrder, long[] times, int anchorRow, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of events on each side cannot be negative: " + n);
        }
        int at = positionOf(timeOrder, times, anchorRow);
        int from = Math.max(0, at - n);
        int to = (int) Math.min(timeOrder.length, (long) at + n + 1);
        int[] rows = new int[to - from];
        System.arraycopy(timeOrder, from, rows, 0, rows.length);
        return new SurroundingEvents(anchorRow, rows, at - from, from == 0, to == timeOrder.length);
    }

    /** The number of events listed before the anchor. */
    public int before() {
        return anchorIndex;
    }

    /** The number of events listed after the anchor. */
    public int after() {
        return rows.length - anchorIndex - 1;
    }

    /** Whether every event is listed, so that asking for more would add none. */
    public boolean all() {
        return startOfData && endOfData;
    }

    // A binary search for the anchor's time, then a walk over the events sharing it: ties are few in real exports.
    private static int positionOf(int[] timeOrder, long[] times, int row) {
        if (row < 0 || row >= times.length) {
            throw new IllegalArgumentException("no event at row " + row);
        }
        long time = times[row];
        int lo = 0;
        int hi = timeOrder.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[timeOrder[mid]] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < timeOrder.length && times[timeOrder[i]] == time; i++) {
            if (timeOrder[i] == row) {
                return i;
            }
        }
        throw new IllegalArgumentException("row " + row + " is not in the time order");
    }
}
