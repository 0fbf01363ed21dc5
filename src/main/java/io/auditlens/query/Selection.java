package io.auditlens.query;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the user is looking at: a query, the values picked in each facet and a time range. The window and the
 * command line both evaluate a selection with {@link SelectionEngine}; immutable, so it can be handed between
 * threads freely.
 *
 * @param queryText the query as typed ("" for none)
 * @param query     its parsed tree
 * @param picks     per facet, the values picked there (ORed within a facet, ANDed across facets); facets with
 *                  no picks are absent
 * @param range     the time range, {@link TimeRange#ALL} for none
 */
public record Selection(String queryText, QueryNode query, Map<Facet, Set<String>> picks, TimeRange range) {

    public Selection {
        Objects.requireNonNull(queryText, "queryText");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(range, "range");
        Map<Facet, Set<String>> copy = new TreeMap<>(Selection::compareFacets);
        picks.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        picks = Collections.unmodifiableMap(copy);
    }

    // Built-in facets in their declared order, then path facets by path: the order picks are printed and saved in.
    private static final Comparator<Facet> FACET_ORDER = Comparator
            .comparing((Facet f) -> f instanceof PathFacet)
            .thenComparing(f -> f instanceof BuiltInFacet b ? String.format("%03d", b.ordinal()) : f.key());

    static int compareFacets(Facet a, Facet b) {
        return FACET_ORDER.compare(a, b);
    }

    /** Every event. */
    public static Selection all() {
        return new Selection("", new QueryNode.MatchAll(), Map.of(), TimeRange.ALL);
    }

    /** The events a query matches, with no picks and no time range. */
    public static Selection of(String queryText) throws QuerySyntaxException {
        return all().withQuery(queryText);
    }

    /** The same picks and range with another query. */
    public Selection withQuery(String text) throws QuerySyntaxException {
        String t = text == null ? "" : text;
        return new Selection(t, QueryParser.parse(t), picks, range);
    }

    /** The same selection with a facet's picks replaced (an empty set clears them). */
    public Selection withPicks(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> next = new LinkedHashMap<>();
        next.putAll(picks);
        next.put(facet, values);
        return new Selection(queryText, query, next, range);
    }

    /** The same selection with one value picked or unpicked in a facet. */
    public Selection withPick(Facet facet, String value, boolean picked) {
        java.util.Set<String> values = new java.util.HashSet<>(picks.getOrDefault(facet, Set.of()));
        if (picked) {
            values.add(value);
        } else {
            values.remove(value);
        }
        return withPicks(facet, values);
    }

    /** The same selection with another time range. */
    public Selection withRange(TimeRange newRange) {
        return new Selection(queryText, query, picks, newRange);
    }
}
