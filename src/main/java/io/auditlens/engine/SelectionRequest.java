package io.auditlens.engine;

import io.auditlens.query.Facet;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user asked to see: query text, facet picks, a time range, the table's sort, and the facets added to
 * the sidebar beside the built-in ones (counted like them). Immutable; the window's panels derive a changed copy
 * and hand it to the window's model.
 */
public record SelectionRequest(String query, Map<Facet, Set<String>> picks, TimeRange range, SortKey sort,
                               List<Facet> addedFacets) {

    /** Everything, oldest first. */
    public static final SelectionRequest ALL = new SelectionRequest("", Map.of(), TimeRange.ALL,
            SortKey.TIME_ASCENDING);

    /** A request with no added facets. */
    public SelectionRequest(String query, Map<Facet, Set<String>> picks, TimeRange range, SortKey sort) {
        this(query, picks, range, sort, List.of());
    }

    public SelectionRequest {
        addedFacets = addedFacets == null ? List.of() : List.copyOf(new LinkedHashSet<>(addedFacets));
        query = query == null ? "" : query;
        range = range == null ? TimeRange.ALL : range;
        Map<Facet, Set<String>> copy = new LinkedHashMap<>();
        picks.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        picks = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    /** The values picked in one facet; empty when none. */
    public Set<String> picks(Facet facet) {
        return picks.getOrDefault(facet, Set.of());
    }

    /** The selection this request asks for: its query parsed, its picks and time range (the sort aside). */
    public Selection toSelection() throws QuerySyntaxException {
        Selection selection = Selection.of(query).withRange(range);
        for (Map.Entry<Facet, Set<String>> e : picks.entrySet()) {
            selection = selection.withPicks(e.getKey(), e.getValue());
        }
        return selection;
    }

    /** Whether anything narrows the events: a query, a pick or a time range. */
    public boolean narrows() {
        return !query.isBlank() || !picks.isEmpty() || !range.isAll();
    }

    public SelectionRequest withQuery(String text) {
        return new SelectionRequest(text, picks, range, sort, addedFacets);
    }

    /** A copy with a value picked in or removed from a facet. */
    public SelectionRequest withPick(Facet facet, String value, boolean picked) {
        Set<String> values = new LinkedHashSet<>(picks(facet));
        if (picked) {
            values.add(value);
        } else {
            values.remove(value);
        }
        return withPicks(facet, values);
    }

    /** A copy whose picks in one facet are exactly {@code values}. */
    public SelectionRequest withPicks(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> next = new LinkedHashMap<>();
        next.putAll(picks);
        next.put(facet, values);
        return new SelectionRequest(query, next, range, sort, addedFacets);
    }

    public SelectionRequest withoutPicks() {
        return new SelectionRequest(query, Map.of(), range, sort, addedFacets);
    }

    public SelectionRequest withRange(TimeRange timeRange) {
        return new SelectionRequest(query, picks, timeRange, sort, addedFacets);
    }

    public SelectionRequest withSort(SortKey key) {
        return new SelectionRequest(query, picks, range, key, addedFacets);
    }

    /** A copy with another list of added facets. */
    public SelectionRequest withAddedFacets(List<Facet> facets) {
        return new SelectionRequest(query, picks, range, sort, facets);
    }

    /**
     * The facets counted beyond {@link SelectionBackend#FACETS}: the added ones, then any other facet with picks
     * (a saved view may pick in a path facet that was never added), each once.
     */
    public List<Facet> extraFacets() {
        Set<Facet> out = new LinkedHashSet<>(addedFacets);
        picks.keySet().stream().filter(f -> !SelectionBackend.FACETS.contains(f))
                .sorted(java.util.Comparator.comparing(Facet::key)).forEach(out::add);
        out.removeAll(SelectionBackend.FACETS);
        return List.copyOf(out);
    }
}
