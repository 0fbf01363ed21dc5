package io.auditlens.views;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A named filter the user can return to: a query, the values picked in facets, a time range, and how the table
 * looks. Immutable; the picks are kept sorted so that a saved file reads the same every time it is written.
 *
 * @param name      shown in the sidebar; unique among all views, ignoring case
 * @param query     query text in the query language ("" for none)
 * @param picks     facet id (lower case, such as {@code region}, or a JSON path as written) to the values picked
 *                  there; no empty sets
 * @param timeRange the time range, {@link ViewTimeRange#ALL} for none
 * @param columns   ids of the visible columns in order; empty for the default columns
 * @param sort      the sort order, or null for the default order
 * @param columnWidths column id to the width it was saved with, in pixels; empty to leave the widths as they are
 *                  (and then not written, so a view without widths reads as before)
 */
public record SavedView(String name, String query, Map<String, Set<String>> picks, ViewTimeRange timeRange,
                        List<String> columns, ViewSort sort,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> columnWidths) {

    public SavedView {
        name = ViewNames.requireValid(name);
        query = query == null ? "" : query.strip();
        picks = normalized(picks);
        timeRange = timeRange == null ? ViewTimeRange.ALL : timeRange;
        columns = columns == null ? List.of() : List.copyOf(columns);
        columnWidths = WindowSettings.usable(columnWidths);
    }

    /** A view that leaves the column widths as they are. */
    public SavedView(String name, String query, Map<String, Set<String>> picks, ViewTimeRange timeRange,
                     List<String> columns, ViewSort sort) {
        this(name, query, picks, timeRange, columns, sort, Map.of());
    }

    /** A view of just a query, with default columns and order. */
    public static SavedView ofQuery(String name, String query) {
        return new SavedView(name, query, Map.of(), ViewTimeRange.ALL, List.of(), null);
    }

    /** The same view under another name. */
    public SavedView withName(String newName) {
        return new SavedView(newName, query, picks, timeRange, columns, sort, columnWidths);
    }

    /** Whether this view selects and shows the same as another, whatever the two are called. */
    public boolean sameContentAs(SavedView other) {
        return withName(other.name).equals(other);
    }

    private static Map<String, Set<String>> normalized(Map<String, Set<String>> picks) {
        if (picks == null || picks.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Set<String>> out = new TreeMap<>();
        picks.forEach((facet, values) -> {
            Objects.requireNonNull(facet, "facet id");
            // JSON paths are case-sensitive (requestData.RequestParameters.name); built-in facet ids are not.
            String stripped = facet.strip();
            String key = stripped.indexOf('.') >= 0 ? stripped : stripped.toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("a facet id cannot be blank");
            }
            if (values != null && !values.isEmpty()) {
                SortedSet<String> merged = new TreeSet<>(out.getOrDefault(key, Set.of()));
                values.forEach(v -> merged.add(Objects.requireNonNull(v, "picked value")));
                out.put(key, Collections.unmodifiableSortedSet(merged));
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }
}
