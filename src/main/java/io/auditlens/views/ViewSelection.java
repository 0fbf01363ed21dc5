package io.auditlens.views;

import io.auditlens.query.Facet;
import io.auditlens.query.QueryNode;
import io.auditlens.query.QueryParser;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between a saved view and the engine's {@link Selection}: what the window or a command evaluates when a
 * view is chosen, and what is saved when the user keeps the current selection as a view.
 */
public final class ViewSelection {

    private ViewSelection() {
    }

    /**
     * The selection a view describes: its query, facet picks and time range.
     *
     * @throws ViewRefusedException when the view's query does not parse or it picks values in an unknown facet
     */
    public static Selection of(SavedView view) throws ViewRefusedException {
        try {
            return of(view, "");
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("a blank query always parses", e);
        }
    }

    /**
     * The selection a view describes with its query AND-combined with {@code extraQuery} (blank for none), as
     * {@code --view NAME --query Q} asks on the command line.
     *
     * @throws QuerySyntaxException when {@code extraQuery} does not parse (its column counts in that text alone)
     * @throws ViewRefusedException when the view's query does not parse or it picks values in an unknown facet
     */
    public static Selection of(SavedView view, String extraQuery) throws QuerySyntaxException, ViewRefusedException {
        QueryNode viewQuery;
        try {
            viewQuery = QueryParser.parse(view.query());
        } catch (QuerySyntaxException e) {
            throw new ViewRefusedException("the query of view \"" + view.name() + "\" does not parse: " + e.getMessage());
        }
        String extra = extraQuery == null ? "" : extraQuery.strip();
        QueryNode extraTree = QueryParser.parse(extra);
        return new Selection(combinedText(view.query(), extra), combined(viewQuery, extraTree), picks(view),
                range(view.timeRange()));
    }

    /** A view of what a selection shows, with the table's visible columns (empty for the default) and sort. */
    public static SavedView toView(String name, Selection selection, List<String> columns, ViewSort sort) {
        return toView(name, selection, columns, sort, Map.of());
    }

    /** The same, keeping the width of each column (by id) as well. */
    public static SavedView toView(String name, Selection selection, List<String> columns, ViewSort sort,
                                   Map<String, Double> columnWidths) {
        Map<String, Set<String>> picks = new LinkedHashMap<>();
        selection.picks().forEach((facet, values) -> picks.put(facet.key(), values));
        TimeRange r = selection.range();
        ViewTimeRange range = new ViewTimeRange(r.from() == Long.MIN_VALUE ? null : r.from(),
                r.until() == Long.MAX_VALUE ? null : r.until());
        return new SavedView(name, selection.queryText(), picks, range, columns, sort, columnWidths);
    }

    // Each side is bracketed so that an OR in one cannot reach into the other when the text is parsed again.
    private static String combinedText(String viewQuery, String extraQuery) {
        if (viewQuery.isEmpty() || extraQuery.isEmpty()) {
            return viewQuery.isEmpty() ? extraQuery : viewQuery;
        }
        return "(" + viewQuery + ") (" + extraQuery + ")";
    }

    private static QueryNode combined(QueryNode a, QueryNode b) {
        if (a instanceof QueryNode.MatchAll || b instanceof QueryNode.MatchAll) {
            return a instanceof QueryNode.MatchAll ? b : a;
        }
        return new QueryNode.And(List.of(a, b));
    }

    private static Map<Facet, Set<String>> picks(SavedView view) throws ViewRefusedException {
        Map<Facet, Set<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> pick : view.picks().entrySet()) {
            Facet facet = Facet.byKey(pick.getKey()).orElseThrow(() -> new ViewRefusedException("view \""
                    + view.name() + "\" picks values in facet \"" + pick.getKey()
                    + "\", which this version of AuditLens does not know"));
            out.put(facet, pick.getValue());
        }
        return out;
    }

    private static TimeRange range(ViewTimeRange r) {
        return new TimeRange(r.from() == null ? Long.MIN_VALUE : r.from(), r.to() == null ? Long.MAX_VALUE : r.to());
    }
}
