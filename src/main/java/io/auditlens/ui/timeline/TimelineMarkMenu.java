package io.auditlens.ui.timeline;

import io.auditlens.store.EventStore;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The context menu of a timeline mark: for each thing the mark's tooltip names (action, outcome, initiator, IP,
 * target) a submenu to filter for or out of it and to copy it or its JSON path, and "Show surrounding events".
 * The mark is the one under the mouse when the menu was asked for; elsewhere on the canvas no menu opens.
 */
final class TimelineMarkMenu {

    static final List<EventTableColumn> FIELDS = List.of(EventTableColumn.ACTION, EventTableColumn.OUTCOME,
            EventTableColumn.INITIATOR, EventTableColumn.IP, EventTableColumn.TARGET);
    private static final int LONGEST_VALUE = 40;

    private final ExplorerModel model;
    private final TimelineCanvas canvas;
    private final ContextMenu menu = new ContextMenu();
    private final List<Menu> fieldMenus = new ArrayList<>();
    private int row = -1;

    TimelineMarkMenu(ExplorerModel model, TimelineCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
        menu.setId("timelineMarkMenu");
        for (EventTableColumn field : FIELDS) {
            ValueFilter filters = new ValueFilter(model, () -> target(field));
            List<MenuItem> items = filters.menuItems();
            Menu sub = new Menu(field.title());
            sub.setId("mark-" + field.name().toLowerCase(Locale.ROOT));
            sub.getItems().setAll(items);
            sub.setOnShowing(e -> filters.refresh(items));
            fieldMenus.add(sub);
        }
        MenuItem surrounding = new MenuItem("Show surrounding events");
        surrounding.setId("markSurrounding");
        surrounding.setOnAction(e -> model.showSurrounding(row));
        menu.getItems().addAll(fieldMenus);
        menu.getItems().addAll(new SeparatorMenuItem(), surrounding);
        canvas.setOnContextMenuRequested(e -> {
            row = canvas.rowAt(e.getX(), e.getY());
            if (row >= 0 && canvas.store() != null) {
                name();
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    /** The store row of the mark the menu is for, or -1. */
    int row() {
        return row;
    }

    // Each submenu says the value it acts on, so the user sees what will be filtered before choosing.
    private void name() {
        for (int i = 0; i < FIELDS.size(); i++) {
            String value = target(FIELDS.get(i)).map(ValueFilter.Target::value).orElse("");
            String shown = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE - 1) + "…" : value;
            fieldMenus.get(i).setText(FIELDS.get(i).title() + (shown.isEmpty() ? " (none)" : ": " + shown));
        }
    }

    private Optional<ValueFilter.Target> target(EventTableColumn field) {
        EventStore store = canvas.store();
        if (row < 0 || store == null || row >= store.size()) {
            return Optional.empty();
        }
        return Optional.of(ValueFilter.Target.of(field, store, row, model.timeDisplayProperty().get()));
    }
}
