package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rows whose code in one column is marked in a per-code mask. Terms are decided once per distinct value here
 * instead of once per row; only the final pass touches the rows.
 *
 * @param column the column whose codes are tested
 * @param mask   indexed by code, including code 0 (no value)
 */
record ColumnPredicate(EventColumn column, boolean[] mask) {

    /** Marks the codes whose lower-case value (null for code 0) satisfies the test. */
    static ColumnPredicate of(EventColumn column, String[] lowerValues, Predicate<String> test) {
        boolean[] mask = new boolean[lowerValues.length];
        if (mask.length >= PARALLEL_VALUES) {
            // Free text tests every distinct message (369,358 of them at a million events): on all cores, 26 ms
            // became 15 for the whole query (JMH, idle machine). The tests are pure functions of the value.
            java.util.stream.IntStream.range(0, mask.length).parallel()
                    .forEach(code -> mask[code] = test.test(lowerValues[code]));
        } else {
            for (int code = 0; code < mask.length; code++) {
                mask[code] = test.test(lowerValues[code]);
            }
        }
        return new ColumnPredicate(column, mask);
    }

    /** Dictionaries from this size on are tested on all cores; below it, starting the tasks costs more. */
    private static final int PARALLEL_VALUES = 1 << 15;

    ColumnPredicate not() {
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !mask[i];
        }
        return new ColumnPredicate(column, out);
    }

    /** Combines with a predicate on the same column. */
    ColumnPredicate combine(ColumnPredicate other, boolean and) {
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = and ? mask[i] && other.mask[i] : mask[i] || other.mask[i];
        }
        return new ColumnPredicate(column, out);
    }

    /** The rows matching any of the predicates, in one pass over the rows. */
    static BitSet anyOf(EventStore store, List<ColumnPredicate> predicates) {
        int size = store.size();
        long[] words = new long[(size + 63) >>> 6];
        for (ColumnPredicate p : predicates) {
            if (p.marksNothing()) {
                continue;
            }
            int[] codes = store.codes(p.column);
            boolean[] m = p.mask;
            for (int base = 0; base < size; base += 64) {
                int end = Math.min(size, base + 64);
                long word = 0;
                for (int row = base; row < end; row++) {
                    if (m[codes[row]]) {
                        word |= 1L << row;
                    }
                }
                words[base >>> 6] |= word;
            }
        }
        return BitSet.valueOf(words);
    }

    /** The rows matching this predicate. */
    BitSet rows(EventStore store) {
        return anyOf(store, List.of(this));
    }

    private boolean marksNothing() {
        for (boolean b : mask) {
            if (b) {
                return false;
            }
        }
        return true;
    }
}
