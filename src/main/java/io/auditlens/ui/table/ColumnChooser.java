package io.auditlens.ui.table;

import io.auditlens.ui.common.EventTableColumn;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column chooser: a check item per column, then "Default columns" and "Default widths". The same items, made
 * afresh for each place (an item can sit in one menu only), serve the table header's context menu and the View
 * menu's Columns.
 */
final class ColumnChooser {

    private ColumnChooser() {
    }

    static List<MenuItem> items(Map<EventTableColumn, TableColumn<Integer, String>> columns, Runnable defaultColumns,
                                Runnable defaultWidths) {
        List<MenuItem> items = new ArrayList<>();
        columns.forEach((field, column) -> {
            CheckMenuItem item = new CheckMenuItem(field.title());
            item.setId("choose-" + field.name().toLowerCase(Locale.ROOT));
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            items.add(item);
        });
        MenuItem columnsBack = new MenuItem("Default columns");
        columnsBack.setId("defaultColumns");
        columnsBack.setOnAction(e -> defaultColumns.run());
        MenuItem widthsBack = new MenuItem("Default widths");
        widthsBack.setId("defaultWidths");
        widthsBack.setOnAction(e -> defaultWidths.run());
        items.add(new SeparatorMenuItem());
        items.add(columnsBack);
        items.add(widthsBack);
        return items;
    }
}
