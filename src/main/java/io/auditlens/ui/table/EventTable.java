package io.auditlens.ui.table;

import io.auditlens.query.FilterTerms;
import io.auditlens.query.QueryNode;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.engine.SelectionResult;
import io.auditlens.engine.SortKey;
import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.common.ValuePseudoClass;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event table: virtualized over the store through {@link RowIdList}; cells read the store's columns. Sorting
 * is delegated to the engine through the request's sort key. Copies a cell, a row or the event's JSON.
 */
public final class EventTable extends StackPane implements ColumnLayout {

    static final KeyCombination COPY_CELL = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_ROW = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY_JSON = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final EventClipboard clipboard;
    private final ValueFilter filters;
    private RowIdList items = new RowIdList(new int[0]);
    private final TableView<Integer> table = new TableView<>(items);
    private final Map<EventTableColumn, TableColumn<Integer, String>> columns = new EnumMap<>(EventTableColumn.class);
    private final TableColumn<Integer, String> labels;
    private final Label emptyHint = new Label("Drop activity event exports here, or use File > Open (Ctrl+O)");
    private boolean applyingResult;
    private EventTableColumn lastClickedColumn = EventTableColumn.TIME;

    public EventTable(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        this.clipboard = new EventClipboard(model, runner);
        this.filters = new ValueFilter(model, this::focusedValue);
        this.labels = LabelsColumn.of(model);
        getStyleClass().add("event-table");
        table.setId("eventTable");
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        emptyHint.getStyleClass().add("table-placeholder");
        emptyHint.setWrapText(true);
        table.setPlaceholder(emptyHint);
        for (EventTableColumn field : EventTableColumn.values()) {
            TableColumn<Integer, String> column = column(field);
            columns.put(field, column);
            table.getColumns().add(column);
        }
        table.getColumns().add(labels);
        LabelsColumn.markRows(table, model);
        table.setSortPolicy(t -> {
            requestSort();
            return true;
        });
        table.setContextMenu(contextMenu());
        table.setOnKeyTyped(filters::keyTyped);
        table.setOnKeyPressed(e -> {
            if (COPY_ROW.match(e)) {
                copyRow();
            } else if (COPY_CELL.match(e)) {
                copyCell();
            } else if (COPY_JSON.match(e)) {
                copyJson();
            } else if (!fireRowAction(e)) {
                return;
            }
            e.consume();
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!applyingResult) {
                int i = index.intValue();
                model.selectedRowProperty().set(i >= 0 && i < items.size() ? items.row(i) : -1);
            }
        });
        table.getSelectionModel().getSelectedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) c -> publishSelectedRows());
        model.annotationsProperty().addListener((obs, old, annotations) -> table.refresh());
        model.resultProperty().addListener((obs, old, result) -> show(result));
        model.dataProperty().addListener((obs, old, data) -> dataChanged(data));
        model.timeDisplayProperty().addListener((obs, old, display) -> {
            columns.get(EventTableColumn.TIME).setText(timeTitle());
            table.refresh();
        });
        getChildren().add(table);
    }

    /** The table control, for focus and tests. */
    public TableView<Integer> tableView() {
        return table;
    }

    /** Shows or hides a column. */
    public void setColumnVisible(EventTableColumn field, boolean visible) {
        columns.get(field).setVisible(visible);
    }

    /** Each column's visibility property, for the View menu. */
    public javafx.beans.property.BooleanProperty columnVisibleProperty(EventTableColumn field) {
        return columns.get(field).visibleProperty();
    }

    @Override
    public List<EventTableColumn> visibleColumns() {
        List<EventTableColumn> out = new ArrayList<>();
        for (TableColumn<Integer, ?> shown : table.getVisibleLeafColumns()) {
            columns.forEach((field, column) -> {
                if (column == shown) {
                    out.add(field);
                }
            });
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

    private TableColumn<Integer, String> column(EventTableColumn field) {
        TableColumn<Integer, String> column = new TableColumn<>(field == EventTableColumn.TIME ? timeTitle() : field.title());
        column.setId("column-" + field.name().toLowerCase(Locale.ROOT));
        column.setPrefWidth(field.width());
        column.setVisible(field.shownByDefault());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(field, cell.getValue())));
        column.setCellFactory(c -> new EventCell(field));
        return column;
    }

    private void publishSelectedRows() {
        if (applyingResult) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        for (Integer index : table.getSelectionModel().getSelectedIndices()) {
            if (index != null && index >= 0 && index < items.size()) {
                rows.add(items.row(index));
            }
        }
        model.selectedRows().setAll(rows);
    }

    private boolean fireRowAction(javafx.scene.input.KeyEvent e) {
        for (MenuItem action : model.rowActions()) {
            if (action.getAccelerator() != null && action.getAccelerator().match(e) && !action.isDisable()) {
                action.fire();
                return true;
            }
        }
        return false;
    }

    private String timeTitle() {
        return "Time (" + model.timeDisplayProperty().get().label() + ")";
    }

    private String text(EventTableColumn field, Integer row) {
        LoadedData data = model.getData();
        return data == null || row == null ? "" : field.text(data.store(), row, model.timeDisplayProperty().get());
    }

    private void dataChanged(LoadedData data) {
        emptyHint.setText(data == null ? "Drop activity event exports here, or use File > Open (Ctrl+O)"
                : "No events match the query and filters");
        // The rows listed are the old store's until the engine answers for the new one: none are shown meanwhile.
        items = new RowIdList(new int[0]);
        table.setItems(items);
    }

    private void show(SelectionResult result) {
        int selected = model.selectedRowProperty().get();
        applyingResult = true;
        try {
            // A new list rather than a change event: a change would box every removed row for its listeners.
            items = new RowIdList(result == null ? new int[0] : result.rows());
            table.setItems(items);
            syncSortOrder(result == null ? SortKey.TIME_ASCENDING : result.request().sort());
        } finally {
            applyingResult = false;
        }
        if (result != null && selected >= 0) {
            reselect(result.rows(), selected, true);
        } else {
            model.selectedRowProperty().set(-1);
        }
    }

    /**
     * Selects the event of a store row, as a click on a timeline mark asks. The detail pane shows it at once; the
     * table selects its line once found, or nothing when the table does not list it (a timeline showing all of a
     * digest's events reaches outside the selection), and the event stays the model's selected one.
     */
    public void selectRow(int row) {
        model.selectedRowProperty().set(row);
        SelectionResult result = model.getResult();
        if (result != null) {
            reselect(result.rows(), row, false);
        }
    }

    // Finding the previously selected event among a million rows is a scan, so it runs off the JavaFX thread.
    private void reselect(int[] rows, int row, boolean forgetWhenMissing) {
        Task<Integer> find = new Task<>() {
            @Override
            protected Integer call() {
                for (int i = 0; i < rows.length; i++) {
                    if (rows[i] == row) {
                        return i;
                    }
                }
                return -1;
            }
        };
        find.setOnSucceeded(e -> {
            SelectionResult now = model.getResult();
            if (now == null || now.rows() != rows) {
                return;
            }
            int position = find.getValue();
            if (position >= 0) {
                table.getSelectionModel().clearAndSelect(position);
                table.scrollTo(Math.max(0, position - 3));
            } else if (forgetWhenMissing) {
                model.selectedRowProperty().set(-1);
            } else {
                applyingResult = true;
                try {
                    table.getSelectionModel().clearSelection();
                } finally {
                    applyingResult = false;
                }
            }
        });
        runner.start(find);
    }

    private void syncSortOrder(SortKey sort) {
        TableColumn<Integer, String> column = columns.get(EventTableColumn.showing(sort.field()).orElse(EventTableColumn.TIME));
        column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
            table.getSortOrder().setAll(List.of(column));
        }
    }

    private void requestSort() {
        if (applyingResult) {
            return;
        }
        SortKey key = SortKey.TIME_ASCENDING;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Integer, ?> first = table.getSortOrder().get(0);
            for (Map.Entry<EventTableColumn, TableColumn<Integer, String>> e : columns.entrySet()) {
                if (e.getValue() == first) {
                    key = new SortKey(e.getKey().field(), first.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
        }
        SortKey chosen = key;
        if (!chosen.equals(model.getRequest().sort())) {
            model.updateRequest(r -> r.withSort(chosen));
        }
    }

    private ContextMenu contextMenu() {
        MenuItem cell = new MenuItem("Copy cell");
        cell.setAccelerator(COPY_CELL);
        cell.setOnAction(e -> copyCell());
        MenuItem row = new MenuItem("Copy row");
        row.setAccelerator(COPY_ROW);
        row.setOnAction(e -> copyRow());
        MenuItem json = new MenuItem("Copy event JSON");
        json.setAccelerator(COPY_JSON);
        json.setOnAction(e -> copyJson());
        List<MenuItem> filterItems = filters.menuItems();
        ContextMenu menu = new ContextMenu(cell, row, new SeparatorMenuItem(), json, new SeparatorMenuItem());
        menu.getItems().addAll(filterItems);
        menu.setOnShowing(e -> filters.refresh(filterItems));
        List<MenuItem> offered = new ArrayList<>();
        model.rowActions().addListener((javafx.collections.ListChangeListener<MenuItem>) c -> {
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

    /** The value of the selected row in the column last clicked, as "Filter for value" and + take it. */
    private Optional<ValueFilter.Target> focusedValue() {
        int index = table.getSelectionModel().getSelectedIndex();
        LoadedData data = model.getData();
        if (index < 0 || index >= items.size() || data == null) {
            return Optional.empty();
        }
        int row = items.row(index);
        EventTableColumn column = lastClickedColumn;
        String value = column == EventTableColumn.TIME ? column.text(data.store(), row, model.timeDisplayProperty().get())
                : Optional.ofNullable(column.field().text(data.store(), row)).orElse("");
        QueryNode term = FilterTerms.forField(column.field(), value).orElse(null);
        return Optional.of(new ValueFilter.Target(term, value, column.jsonPath()));
    }

    private void copyCell() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        Object value = columns.get(lastClickedColumn).getCellData(index);
        EventClipboard.copy(value == null ? "" : value.toString());
    }

    private void copyRow() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (TableColumn<Integer, ?> column : table.getVisibleLeafColumns()) {
            Object value = column.getCellData(index);
            cells.add(value == null ? "" : value.toString());
        }
        EventClipboard.copy(String.join("\t", cells));
    }

    private void copyJson() {
        clipboard.copyEventJson(model.selectedRowProperty().get());
    }

    /**
     * A table cell that remembers it was clicked (so "Copy cell" knows the column in row selection) and, for
     * outcome, severity and status, exposes its value as a pseudo-class (e.g. {@code :value-failure}) for CSS.
     */
    private final class EventCell extends TableCell<Integer, String> {
        private final boolean styledByValue;
        private final ValuePseudoClass value = new ValuePseudoClass(this);

        EventCell(EventTableColumn field) {
            styledByValue = field == EventTableColumn.OUTCOME || field == EventTableColumn.SEVERITY
                    || field == EventTableColumn.STATUS;
            getStyleClass().add(field.name().toLowerCase(Locale.ROOT) + "-cell");
            setOnMousePressed(e -> lastClickedColumn = field);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            value.show(styledByValue && !empty ? item : null);
        }
    }
}
