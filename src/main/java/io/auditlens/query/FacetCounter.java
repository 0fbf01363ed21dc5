package io.auditlens.query;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts facets over a set of rows: one pass per distinct column (category and action share the action column,
 * geography and region the region column; a path facet has its own), then per-code counts are folded into facet
 * values.
 */
final class FacetCounter {

    /** Where a facet's values are: a code per row, and the facet's value for each code (null for code 0). */
    interface Columns {
        int[] codes(Facet facet);

        String[] values(Facet facet);
    }

    private FacetCounter() {
    }

    static Map<Facet, FacetCounts> count(BitSet rows, List<Facet> facets, Columns columns) {
        long[] words = rows.toLongArray();
        Map<int[], long[]> byColumn = new IdentityHashMap<>();
        Map<Facet, FacetCounts> out = new LinkedHashMap<>();
        for (Facet f : facets) {
            String[] values = columns.values(f);
            long[] counts = byColumn.computeIfAbsent(columns.codes(f), c -> countCodes(words, c, values.length));
            out.put(f, FacetCounts.fromCodes(f.key(), counts, code -> values[code]));
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
