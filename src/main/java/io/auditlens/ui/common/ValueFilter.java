package io.auditlens.ui.common;

import io.auditlens.query.FilterTerms;
import io.auditlens.query.QueryNode;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Filter for value", "Filter out value", "Copy value" and "Copy JSON path" for whatever a panel shows under the
 * mouse or the keyboard focus (a table cell, a tree node): the panel says what that is, this adds the term to the
 * model's query or copies. {@code +} and {@code -} typed on the panel filter for and out, as in Kibana.
 */
public final class ValueFilter {

    /** What is under the focus: the term that selects it, its value, and its JSON path (null when it has none). */
    public record Target(QueryNode term, String value, String path) {
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
        MenuItem copyPath = item("Copy JSON path", () -> focused.get()
                .filter(t -> t.path() != null).ifPresent(t -> EventClipboard.copy(t.path())));
        return List.of(filterFor, filterOut, copyValue, copyPath);
    }

    /** Turns items off that do not apply to what is focused now; call when the menu is about to show. */
    public void refresh(List<MenuItem> items) {
        Optional<Target> t = focused.get();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setDisable(t.isEmpty() || (i == 3 && t.get().path() == null)
                    || (i < 2 && t.get().term() == null));
        }
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
