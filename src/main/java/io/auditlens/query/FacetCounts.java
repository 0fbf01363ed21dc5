package io.auditlens.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per value of one facet, largest first (ties by value), without values that have no events. */
public record FacetCounts(String facet, List<Entry> entries) {

    /** One value and how many events have it. */
    public record Entry(String value, long count) {
    }

    /** Builds counts from a per-code array and the code's values; code 0 (no value) is left out. */
    public static FacetCounts fromCodes(String facet, long[] countsByCode, java.util.function.IntFunction<String> value) {
        Map<String, Long> merged = new LinkedHashMap<>();
        for (int code = 1; code < countsByCode.length; code++) {
            if (countsByCode[code] > 0) {
                merged.merge(value.apply(code), countsByCode[code], Long::sum);
            }
        }
        return fromMap(facet, merged);
    }

    /** Builds counts from a value -> count map. */
    public static FacetCounts fromMap(String facet, Map<String, Long> counts) {
        List<Entry> list = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                list.add(new Entry(k, v));
            }
        });
        list.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::value));
        return new FacetCounts(facet, List.copyOf(list));
    }

    /** The count of one value, 0 when absent. */
    public long count(String value) {
        return entries.stream().filter(e -> e.value.equals(value)).mapToLong(Entry::count).findFirst().orElse(0);
    }

    /** Sum over all values. */
    public long total() {
        return entries.stream().mapToLong(Entry::count).sum();
    }
}
