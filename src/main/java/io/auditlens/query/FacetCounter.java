package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts facets over a set of rows: one pass per distinct column (category and action share the action column,
 * geography and region the region column), then per-code counts are folded into facet values.
 */
final class FacetCounter {

    private FacetCounter() {
    }

    static Map<Facet, FacetCounts> count(EventStore store, BitSet rows, List<Facet> facets,
                                          Function<Facet, String[]> valuesByCode) {
        long[] words = rows.toLongArray();
        Map<EventColumn, long[]> byColumn = new EnumMap<>(EventColumn.class);
        for (Facet f : facets) {
            byColumn.computeIfAbsent(f.column(), c -> countCodes(words, store.codes(c), store.dictionary(c).size()));
        }
        Map<Facet, FacetCounts> out = new EnumMap<>(Facet.class);
        for (Facet f : facets) {
            String[] values = valuesByCode.apply(f);
            out.put(f, FacetCounts.fromCodes(f.key(), byColumn.get(f.column()), code -> values[code]));
        }
        return out;
    }

    private static long[] countCodes(long[] words, int[] codes, int distinct) {
        long[] counts = new long[distinct];
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            int base = w << 6;
            while (word != 0) {
                counts[codes[base + Long.numberOfTrailingZeros(word)]]++;
                word &= word - 1;
            }
        }
        return counts;
    }
}
