package io.auditlens.findings;

import java.util.Arrays;

/**
 * One hit of a rule: its key (null for rules without one), the time of its first and last event, and the store rows
 * of its events in time order (for a sequence, the earlier event and the later one).
 */
public record Finding(String key, long first, long last, int[] rows) {

    public Finding {
        rows = rows.clone();
    }

    /** The rows of the finding's events in time order; a copy. */
    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** Number of events. */
    public int eventCount() {
        return rows.length;
    }

    /** The row of the i-th event. */
    public int row(int i) {
        return rows[i];
    }

    /** Whether the finding's span [first, last] meets [from, until). */
    public boolean overlaps(long from, long until) {
        return last >= from && first < until;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && java.util.Objects.equals(key, f.key) && first == f.first && last == f.last
                && Arrays.equals(rows, f.rows);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, first, last) * 31 + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "Finding[key=" + key + ", first=" + first + ", last=" + last + ", rows=" + Arrays.toString(rows) + "]";
    }
}
