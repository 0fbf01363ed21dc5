package io.auditlens.ui.table;

import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The table's columns: one per {@link EventTableColumn} plus Labels last, which are shown and in which order,
 * their widths, and the column chooser in the header's context menu. Times follow the model's display zone.
 */
final class EventColumns implements ColumnLayout {

    private final ExplorerModel model;
    private final TableView<Integer> table;
    private final Map<EventTableColumn, TableColumn<Integer, String>> columns = new EnumMap<>(EventTableColumn.class);
    private final TableColumn<Integer, String> labels;
    private final List<Runnable> widthListeners = new ArrayList<>();

    /** Adds the columns to the table; {@code pressed} hears the column of every cell pressed. */
    EventColumns(ExplorerModel model, TableView<Integer> table, Consumer<EventTableColumn> pressed) {
        this.model = model;
        this.table = table;
        this.labels = LabelsColumn.of(model);
        for (EventTableColumn field : EventTableColumn.values()) {
            TableColumn<Integer, String> column = column(field, pressed);
            columns.put(field, column);
            table.getColumns().add(column);
        }
        table.getColumns().add(labels);
        ContextMenu chooser = new ContextMenu();
        chooser.setId("columnChooser");
        chooser.getItems().setAll(chooserItems());
        table.getColumns().forEach(c -> c.setContextMenu(chooser));
        model.timeDisplayProperty().addListener((obs, old, display) -> {
            columns.get(EventTableColumn.TIME).setText(timeTitle());
            table.refresh();
        });
    }

    /** The table column of a field. */
    TableColumn<Integer, String> get(EventTableColumn field) {
        return columns.get(field);
    }

    /** The field a table column shows, or null (the Labels column). */
    EventTableColumn fieldOf(TableColumn<Integer, ?> column) {
        for (Map.Entry<EventTableColumn, TableColumn<Integer, String>> e : columns.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The column chooser's items, made afresh for a menu: a check item per column, default columns and widths. */
    List<MenuItem> chooserItems() {
        return ColumnChooser.items(columns, () -> showColumns(EventTableColumn.defaults()),
                () -> columns.forEach((field, column) -> column.setPrefWidth(field.width())));
    }

    @Override
    public List<EventTableColumn> visibleColumns() {
        List<EventTableColumn> out = new ArrayList<>();
        for (TableColumn<Integer, ?> shown : table.getVisibleLeafColumns()) {
            EventTableColumn field = fieldOf(shown);
            if (field != null) {
                out.add(field);
            }
        }
        return out;
    }

    @Override
    public void showColumns(List<EventTableColumn> shown) {
        List<TableColumn<Integer, ?>> order = new ArrayList<>();
        shown.forEach(field -> order.add(columns.get(field)));
        columns.forEach((field, column) -> {
            column.setVisible(shown.contains(field));
            if (!shown.contains(field)) {
                order.add(column);
            }
        });
        order.add(labels);
        // Moving columns drops them from the sort order for a moment, so the order is only set when it changes.
        if (!table.getColumns().equals(order)) {
            table.getColumns().setAll(order);
        }
    }

    @Override
    public Map<EventTableColumn, Double> columnWidths() {
        Map<EventTableColumn, Double> out = new EnumMap<>(EventTableColumn.class);
        columns.forEach((field, column) -> out.put(field, column.getWidth()));
        return out;
    }

    @Override
    public void setColumnWidths(Map<EventTableColumn, Double> widths) {
        widths.forEach((field, width) -> columns.get(field).setPrefWidth(width));
    }

    @Override
    public void onColumnWidthsChanged(Runnable listener) {
        widthListeners.add(listener);
    }

    private TableColumn<Integer, String> column(EventTableColumn field, Consumer<EventTableColumn> pressed) {
        TableColumn<Integer, String> column = new TableColumn<>(field == EventTableColumn.TIME ? timeTitle()
                : field.title());
        column.setId("column-" + field.name().toLowerCase(Locale.ROOT));
        column.setPrefWidth(field.width());
        column.setVisible(field.shownByDefault());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(field, cell.getValue())));
        column.setCellFactory(c -> new EventCell(field, pressed));
        column.widthProperty().addListener((obs, old, width) -> widthListeners.forEach(Runnable::run));
        return column;
    }

    private String timeTitle() {
        return "Time (" + model.timeDisplayProperty().get().label() + ")";
    }

    private String text(EventTableColumn field, Integer row) {
        LoadedData data = model.getData();
        return data == null || row == null ? "" : field.text(data.store(), row, model.timeDisplayProperty().get());
    }
}
