package io.auditlens.ui.facets;

import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.query.FilterTerms;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Optional;

/**
 * The context menu and the {@code +} / {@code -} keys of one facet's values: filter the query for or against the
 * value (a term beside the picks, as from a table cell), copy it, or copy its JSON path. One menu serves every row
 * of the facet; it remembers which row asked.
 */
final class FacetValueMenu {

    private final Facet facet;
    private final ValueFilter filters;
    private final List<MenuItem> items;
    private final ContextMenu menu;
    private String value;

    FacetValueMenu(Facet facet, ExplorerModel model) {
        this.facet = facet;
        this.filters = new ValueFilter(model, this::target);
        this.items = filters.menuItems();
        this.menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.setId("facetValueMenu");
        menu.setOnShowing(e -> filters.refresh(items));
    }

    /** Gives a value's row the menu and the keys. */
    void attach(FacetOptionRow row, String rowValue) {
        row.setOnContextMenuRequested(e -> {
            value = rowValue;
            menu.show(row, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        row.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            value = rowValue;
            filters.keyTyped(e);
        });
    }

    private Optional<ValueFilter.Target> target() {
        if (value == null) {
            return Optional.empty();
        }
        String path = facet instanceof BuiltInFacet b
                ? EventTableColumn.showing(b.field()).map(EventTableColumn::jsonPath).orElse(null) : facet.key();
        return Optional.of(new ValueFilter.Target(FilterTerms.forFacet(facet, value).orElse(null), value, path));
    }
}
