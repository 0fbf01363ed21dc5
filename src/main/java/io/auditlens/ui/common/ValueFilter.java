package io.auditlens.ui.common;

import io.auditlens.query.FilterTerms;
import io.auditlens.query.QueryNode;
import io.auditlens.store.EventStore;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Filter for value", "Filter out value", "Copy value" and "Copy JSON path" for whatever a panel shows under the
 * mouse or the keyboard focus (a table cell, a tree node, a facet value, a timeline mark): the panel says what that
 * is, this adds the term to the model's query or copies. {@code +} and {@code -} typed on the panel filter for and
 * out, as in Kibana.
 */
public final class ValueFilter {

    /** What is under the focus: the term that selects it, its value, and its JSON path (null when it has none). */
    public record Target(QueryNode term, String value, String path) {

        /**
         * A row's value in one of the table's columns: the time as shown, any other field as stored (empty when
         * the event has none), with the column's JSON path.
         */
        public static Target of(EventTableColumn column, EventStore store, int row, TimeDisplay times) {
            String value = column == EventTableColumn.TIME ? column.text(store, row, times)
                    : Optional.ofNullable(column.field().text(store, row)).orElse("");
            return new Target(FilterTerms.forField(column.field(), value).orElse(null), value, column.jsonPath());
        }

        /** What "Copy JSON path" copies: the JSON path, else the query's field name (a derived field). */
        String pathOrField() {
            if (path != null) {
                return path;
            }
            return term instanceof QueryNode.FieldTerm f ? f.field().queryName() : null;
        }
    }

    private final ExplorerModel model;
    private final Supplier<Optional<Target>> focused;

    public ValueFilter(ExplorerModel model, Supplier<Optional<Target>> focused) {
        this.model = model;
        this.focused = focused;
    }

    /** The four menu items, turned off on showing when nothing is focused or it has no path. */
    public List<MenuItem> menuItems() {
        MenuItem filterFor = item("Filter for value", () -> apply(false));
        filterFor.setId("filterFor");
        MenuItem filterOut = item("Filter out value", () -> apply(true));
        filterOut.setId("filterOut");
        MenuItem copyValue = item("Copy value", () -> focused.get().ifPresent(t -> EventClipboard.copy(t.value())));
        copyValue.setId("copyValue");
        MenuItem copyPath = item("Copy JSON path", () -> focused.get().map(Target::pathOrField)
                .ifPresent(EventClipboard::copy));
        copyPath.setId("copyPath");
        return List.of(filterFor, filterOut, copyValue, copyPath);
    }

    /**
     * Turns items off that do not apply to what is focused now, and names the last one for it ("Copy field name"
     * for a field with no JSON path of its own, such as region); call when the menu is about to show.
     */
    public void refresh(List<MenuItem> items) {
        Optional<Target> t = focused.get();
        boolean noTerm = t.isEmpty() || t.get().term() == null;
        items.get(0).setDisable(noTerm);
        items.get(1).setDisable(noTerm);
        items.get(2).setDisable(t.isEmpty());
        items.get(3).setDisable(t.isEmpty() || t.get().pathOrField() == null);
        items.get(3).setText(t.isPresent() && t.get().path() == null && t.get().pathOrField() != null
                ? "Copy field name" : "Copy JSON path");
    }

    /** Handles + and - typed on the panel; consumes the event when it filtered. */
    public void keyTyped(KeyEvent e) {
        if ("+".equals(e.getCharacter()) || "-".equals(e.getCharacter())) {
            if (apply("-".equals(e.getCharacter()))) {
                e.consume();
            }
        }
    }

    /** Adds the focused value's term (or its negation) to the query; false when nothing can be filtered. */
    public boolean apply(boolean exclude) {
        Optional<Target> t = focused.get().filter(x -> x.term() != null);
        t.ifPresent(x -> model.updateRequest(r -> r.withQuery(FilterTerms.added(r.query(), x.term(), exclude))));
        return t.isPresent();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
