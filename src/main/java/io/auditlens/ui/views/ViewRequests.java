package io.auditlens.ui.views;

import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SortKey;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.query.Facet;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewSelection;
import io.auditlens.views.ViewSort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts between the window's {@link SelectionRequest} and table columns and a {@link SavedView}, through the
 * views' own {@link ViewSelection} so that the window and {@code --view} read a view the same way. Columns and
 * the sort are named by their event field's key ({@code time}, {@code action}).
 */
final class ViewRequests {

    private ViewRequests() {
    }

    /**
     * A view of what the window shows. Columns equal to the default ({@link EventTableColumn#defaults()}) are saved
     * as the default, so that a later version's new default columns show up in the view too.
     *
     * @throws QuerySyntaxException when the current query does not parse: a view must select something definite
     */
    static SavedView toView(String name, SelectionRequest request, List<EventTableColumn> visibleColumns)
            throws QuerySyntaxException {
        return toView(name, request, visibleColumns, Map.of());
    }

    /** The same, keeping the widths of the visible columns as well. */
    static SavedView toView(String name, SelectionRequest request, List<EventTableColumn> visibleColumns,
                            Map<EventTableColumn, Double> widths) throws QuerySyntaxException {
        Selection selection = Selection.of(request.query()).withRange(request.range());
        for (Map.Entry<Facet, Set<String>> pick : request.picks().entrySet()) {
            selection = selection.withPicks(pick.getKey(), pick.getValue());
        }
        List<String> columns = visibleColumns.equals(EventTableColumn.defaults()) ? List.of()
                : visibleColumns.stream().map(c -> c.field().key()).toList();
        Map<String, Double> shownWidths = new LinkedHashMap<>();
        visibleColumns.stream().filter(widths::containsKey).forEach(c -> shownWidths.put(c.field().key(), widths.get(c)));
        SortKey sort = request.sort();
        return ViewSelection.toView(name, selection, columns,
                new ViewSort(sort.field().key(), !sort.ascending()), shownWidths);
    }

    /**
     * What the window should ask for to show a view: its query, picks and time range, and its sort when the
     * table has that column (oldest first otherwise).
     *
     * @throws ViewRefusedException when the view's query does not parse or it picks in a facet this version lacks
     */
    static SelectionRequest toRequest(SavedView view) throws ViewRefusedException {
        Selection selection = ViewSelection.of(view);
        SortKey sort = Optional.ofNullable(view.sort())
                .flatMap(s -> column(s.column()).map(c -> new SortKey(c.field(), !s.descending())))
                .orElse(SortKey.TIME_ASCENDING);
        return new SelectionRequest(selection.queryText(), selection.picks(), selection.range(), sort);
    }

    /** The columns a view shows, in order: the default columns when it names none the table has. */
    static List<EventTableColumn> columns(SavedView view) {
        List<EventTableColumn> named = view.columns().stream().map(ViewRequests::column)
                .flatMap(Optional::stream).distinct().toList();
        return named.isEmpty() ? EventTableColumn.defaults() : named;
    }

    /** The widths a view gives its columns; none for a view saved without them. */
    static Map<EventTableColumn, Double> widths(SavedView view) {
        return EventTableColumn.widthsByColumn(view.columnWidths());
    }

    private static Optional<EventTableColumn> column(String key) {
        return EventTableColumn.byKey(key);
    }
}
