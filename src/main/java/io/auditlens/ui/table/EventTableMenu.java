package io.auditlens.ui.table;

import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.window.ExplorerModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * The context menu of the table's rows: copy the cell, the row or the event's JSON; filter for or out of the
 * clicked cell's value; show the events around the row; and whatever other panels offer on the selected rows
 * ({@link ExplorerModel#rowActions()}), kept in step as they come and go.
 */
final class EventTableMenu {

    private EventTableMenu() {
    }

    /** The actions of the menu, each run when its item is chosen. */
    record Actions(Runnable copyCell, Runnable copyRow, Runnable copyJson, Runnable surrounding) {
    }

    static ContextMenu of(ExplorerModel model, ValueFilter filters, Actions actions) {
        MenuItem cell = item("Copy cell", EventTable.COPY_CELL, actions.copyCell());
        MenuItem row = item("Copy row", EventTable.COPY_ROW, actions.copyRow());
        MenuItem json = item("Copy event JSON", EventTable.COPY_JSON, actions.copyJson());
        MenuItem surrounding = item("Show surrounding events", EventTable.SHOW_SURROUNDING, actions.surrounding());
        surrounding.setId("showSurrounding");
        // Bound rather than set on showing: its shortcut works while the menu is closed.
        ObservableValue<String> refusal = model.surroundingRefusalProperty();
        surrounding.disableProperty().bind(Bindings.createBooleanBinding(() -> refusal.getValue() != null
                || model.selectedRowProperty().get() < 0, refusal, model.selectedRowProperty()));
        surrounding.textProperty().bind(refusal.map(r -> "Show surrounding events" + ExplorerModel.NOT_IN_ARCHIVE_MODE)
                .orElse("Show surrounding events"));
        List<MenuItem> filterItems = filters.menuItems();
        ContextMenu menu = new ContextMenu(cell, row, new SeparatorMenuItem(), json, new SeparatorMenuItem());
        menu.getItems().addAll(filterItems);
        menu.getItems().addAll(new SeparatorMenuItem(), surrounding);
        menu.setOnShowing(e -> {
            filters.refresh(filterItems);
        });
        List<MenuItem> offered = new ArrayList<>();
        model.rowActions().addListener((ListChangeListener<MenuItem>) c -> {
            menu.getItems().removeAll(offered);
            offered.clear();
            if (!model.rowActions().isEmpty()) {
                offered.add(new SeparatorMenuItem());
                offered.addAll(model.rowActions());
            }
            menu.getItems().addAll(offered);
        });
        return menu;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }
}
