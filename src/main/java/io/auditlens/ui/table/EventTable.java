package io.auditlens.ui.table;

import io.auditlens.query.SurroundingEvents;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.SelectionResult;
import io.auditlens.engine.SortKey;
import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import javafx.concurrent.Task;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event table: virtualized over the store through {@link RowIdList}; cells read the store's columns. Sorting
 * is delegated to the engine through the request's sort key. Copies a cell, a row or the event's JSON. While
 * "Show surrounding events" is on ({@link SurroundingMode}) it lists those events instead of the selection.
 */
public final class EventTable extends StackPane implements ColumnLayout {

    static final KeyCombination COPY_CELL = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_ROW = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY_JSON = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    /** "Show surrounding events" of the selected event. */
    public static final KeyCombination SHOW_SURROUNDING = new KeyCodeCombination(KeyCode.A,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final EventClipboard clipboard;
    private final ValueFilter filters;
    private RowIdList items = new RowIdList(new int[0]);
    private final ArchiveTableRows archiveRows;
    private final TableView<Integer> table = new TableView<>(items);
    private final EventColumns columns;
    private final Label emptyHint = new Label("Drop activity event exports here, or use File > Open (Ctrl+O)");
    private final SurroundingMode surrounding;
    private boolean applyingResult;
    private EventTableColumn lastClickedColumn = EventTableColumn.TIME;
    private int anchorRow = -1;

    public EventTable(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        this.clipboard = new EventClipboard(model, runner);
        this.filters = new ValueFilter(model, this::focusedValue);
        getStyleClass().add("event-table");
        table.setId("eventTable");
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        emptyHint.getStyleClass().add("table-placeholder");
        emptyHint.setWrapText(true);
        table.setPlaceholder(emptyHint);
        this.archiveRows = new ArchiveTableRows(model, runner, table::refresh);
        this.columns = new EventColumns(model, table, archiveRows, pressed -> lastClickedColumn = pressed);
        table.setRowFactory(t -> new EventRow(model, () -> anchorRow));
        table.setSortPolicy(t -> {
            requestSort();
            return true;
        });
        table.setContextMenu(EventTableMenu.of(model, filters, new EventTableMenu.Actions(this::copyCell,
                this::copyRow, this::copyJson, () -> model.showSurrounding(model.selectedRowProperty().get()))));
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
                archiveRows.publishSelected(i);
            }
        });
        table.getSelectionModel().getSelectedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) c -> publishSelectedRows());
        model.annotationsProperty().addListener((obs, old, annotations) -> table.refresh());
        model.resultProperty().addListener((obs, old, result) -> show(result));
        model.dataProperty().addListener((obs, old, data) -> dataChanged(data));
        this.surrounding = new SurroundingMode(model, runner, this);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(new VBox(surrounding.bar(), table));
    }

    /** The table control, for focus and tests. */
    public TableView<Integer> tableView() {
        return table;
    }

    /** Shows or hides a column. */
    public void setColumnVisible(EventTableColumn field, boolean visible) {
        columns.get(field).setVisible(visible);
    }

    @Override
    public List<EventTableColumn> visibleColumns() {
        return columns.visibleColumns();
    }

    @Override
    public void showColumns(List<EventTableColumn> shown) {
        columns.showColumns(shown);
    }

    @Override
    public Map<EventTableColumn, Double> columnWidths() {
        return columns.columnWidths();
    }

    @Override
    public void setColumnWidths(Map<EventTableColumn, Double> widths) {
        columns.setColumnWidths(widths);
    }

    @Override
    public void onColumnWidthsChanged(Runnable listener) {
        columns.onColumnWidthsChanged(listener);
    }

    /** The column chooser's items, made afresh for a menu: a check item per column, default columns and widths. */
    public List<MenuItem> columnMenuItems() {
        return columns.chooserItems();
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

    private void dataChanged(LoadedData data) {
        emptyHint.setText(data == null ? "Drop activity event exports here, or use File > Open (Ctrl+O)"
                : "No events match the query and filters");
        // The rows listed are the old store's until the engine answers for the new one: none are shown meanwhile.
        items = new RowIdList(new int[0]);
        table.setItems(items);
    }

    /** How many pages of archive-mode rows the table fetched for its current answer; 0 outside archive mode. */
    public long archivePagesFetched() {
        return archiveRows.fetches();
    }

    private void show(SelectionResult result) {
        if (archiveRows.show(result)) {
            applyingResult = true;
            try {
                items = new RowIdList(new int[0]);
                table.setItems(archiveRows.items());
                // The new answer's items are the same positions 0..N-1, equal to the old ones, so cells would keep
                // showing the old answer's events: they are redrawn from the new pages.
                table.refresh();
                syncSortOrder(result.request().sort());
            } finally {
                applyingResult = false;
            }
            model.selectedRowProperty().set(-1);
            return;
        }
        if (!surrounding.active()) {
            showSelection(result, model.selectedRowProperty().get(), -1);
        }
    }

    /**
     * Lists the selection's rows, selecting a store row (-1 for none) and scrolling its first visible line to a
     * position (-1: a few lines above the selected row); as after every answer, and back from the surrounding events.
     */
    void showSelection(SelectionResult result, int selected, int firstVisible) {
        setAnchor(-1);
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
            reselect(result.rows(), selected, true, firstVisible);
        } else {
            model.selectedRowProperty().set(-1);
            if (firstVisible >= 0) {
                layout();
                table.scrollTo(firstVisible);
            }
        }
    }

    /** Lists the events around an anchor in time order, the anchor marked, selecting a row of them and showing it. */
    void showSurrounding(SurroundingEvents events, int selected) {
        applyingResult = true;
        try {
            items = new RowIdList(events.rows());
            table.setItems(items);
            syncSortOrder(SortKey.TIME_ASCENDING);
        } finally {
            applyingResult = false;
        }
        setAnchor(events.anchorRow());
        int position = items.indexOf(selected);
        table.getSelectionModel().clearAndSelect(position >= 0 ? position : events.anchorIndex());
        layout();
        TableLines.centre(table, events.anchorIndex());
    }

    /** The table line shown first, or -1 when none is laid out. */
    int firstVisibleIndex() {
        return TableLines.first(table);
    }

    private void setAnchor(int row) {
        if (row != anchorRow) {
            anchorRow = row;
            table.refresh();
        }
    }

    /** The "Show surrounding events" bar and state, for tests. */
    public SurroundingMode surrounding() {
        return surrounding;
    }

    /**
     * Selects the event of a store row, as a click on a timeline mark asks. The detail pane shows it at once; the
     * table selects its line once found, or nothing when the table does not list it (a timeline showing all of a
     * digest's events reaches outside the selection), and the event stays the model's selected one.
     */
    public void selectRow(int row) {
        model.selectedRowProperty().set(row);
        SelectionResult result = model.getResult();
        if (surrounding.active()) {
            int position = items.indexOf(row);
            if (position >= 0) {
                table.getSelectionModel().clearAndSelect(position);
                table.scrollTo(Math.max(0, position - 3));
            }
        } else if (result != null) {
            reselect(result.rows(), row, false, -1);
        }
    }

    // Finding the previously selected event among a million rows is a scan, so it runs off the JavaFX thread.
    private void reselect(int[] rows, int row, boolean forgetWhenMissing, int firstVisible) {
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
            if (now == null || now.rows() != rows || surrounding.active()) {
                return;
            }
            int position = find.getValue();
            if (position >= 0) {
                table.getSelectionModel().clearAndSelect(position);
                // The surrounding events' bar may just have gone: the table takes its height before it scrolls,
                // or the line put at the top would move down by the bar's height.
                layout();
                table.scrollTo(firstVisible >= 0 ? firstVisible : Math.max(0, position - 3));
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
            EventTableColumn field = columns.fieldOf(first);
            if (field != null) {
                key = new SortKey(field.field(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
        }
        SortKey chosen = key;
        if (!chosen.equals(model.getRequest().sort())) {
            model.updateRequest(r -> r.withSort(chosen));
        }
    }

    /** The value of the selected row in the column last clicked, as "Filter for value" and + take it. */
    private Optional<ValueFilter.Target> focusedValue() {
        int index = table.getSelectionModel().getSelectedIndex();
        LoadedData data = model.getData();
        Optional<String> archived = archiveRows.selectedValue(lastClickedColumn);
        if (archived.isPresent()) {
            return Optional.of(ValueFilter.Target.of(lastClickedColumn, archived.get()));
        }
        if (index < 0 || index >= items.size() || data == null) {
            return Optional.empty();
        }
        return Optional.of(ValueFilter.Target.of(lastClickedColumn, data.store(), items.row(index),
                model.timeDisplayProperty().get()));
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
        ArchiveRow event = model.selectedArchiveRowProperty().get();
        if (event != null) {
            EventClipboard.copy(event.eventJson());
            return;
        }
        clipboard.copyEventJson(model.selectedRowProperty().get());
    }
}
