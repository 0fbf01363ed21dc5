package io.auditlens.engine;

import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;

import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine answered for a {@link SelectionRequest}: the matching rows in table order, the store's size,
 * the disjunctive counts of every facet (also indexed by value, so that panels look counts up without
 * scanning), the histogram, how long the engine took, and in archive mode the pages of matching events. Built on a
 * background thread.
 */
public record SelectionResult(SelectionRequest request, int[] rows, int total, Map<Facet, FacetCounts> facets,
                              Map<Facet, Map<String, Long>> countIndex, HistogramData histogram,
                              long elapsedNanos, ArchivePages pages) {

    /** A result whose count index is built from {@code facets}. */
    public static SelectionResult of(SelectionRequest request, int[] rows, int total,
                                     Map<Facet, FacetCounts> facets, HistogramData histogram, long elapsedNanos) {
        return of(request, rows, total, facets, histogram, elapsedNanos, null);
    }

    /**
     * An archive-mode result: no store rows ({@code rows} is empty), the matching events are {@code pages}, fetched
     * from the engine as the table shows them.
     */
    public static SelectionResult paged(SelectionRequest request, ArchivePages pages, int total,
                                        Map<Facet, FacetCounts> facets, HistogramData histogram, long elapsedNanos) {
        return of(request, new int[0], total, facets, histogram, elapsedNanos, pages);
    }

    private static SelectionResult of(SelectionRequest request, int[] rows, int total, Map<Facet, FacetCounts> facets,
                                      HistogramData histogram, long elapsedNanos, ArchivePages pages) {
        Map<Facet, Map<String, Long>> index = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> {
            Map<String, Long> byValue = new HashMap<>(counts.entries().size() * 2);
            counts.entries().forEach(e -> byValue.put(e.value(), e.count()));
            index.put(facet, byValue);
        });
        return new SelectionResult(request, rows, total, Map.copyOf(facets), index, histogram, elapsedNanos, pages);
    }

    /** Number of matching events. */
    public int matching() {
        return pages == null ? rows.length : (int) pages.size();
    }

    /** Whether the matching events are pages on an archive-mode engine rather than store rows. */
    public boolean isPaged() {
        return pages != null;
    }

    /** Counts of one facet, largest first; empty when the engine gave none. */
    public List<FacetCounts.Entry> entries(Facet facet) {
        FacetCounts c = facets.get(facet);
        return c == null ? List.of() : c.entries();
    }

    /** The count of one facet value, or -1 when the engine gave no counts for the facet. */
    public long count(Facet facet, String value) {
        Map<String, Long> byValue = countIndex.get(facet);
        if (byValue == null) {
            return -1;
        }
        return byValue.getOrDefault(value, 0L);
    }
}
