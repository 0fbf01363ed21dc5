package io.auditlens.ui.table;

import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.IndexColumn;
import io.auditlens.engine.SelectionResult;
import io.auditlens.task.CancelSignal;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.Notice;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The event table in archive mode: its items are positions in the engine's sort order, its cells read pages fetched
 * as they scroll into view, and the selected line's event is published on the model for the detail pane.
 */
final class ArchiveTableRows {

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final Runnable redraw;
    private ArchiveRowList rows;
    private int selected = -1;
    private CancelSignal jsonRead = new CancelSignal();
    private boolean waitingForPage;

    /** @param redraw redraws the table's cells, as a page arrived */
    ArchiveTableRows(ExplorerModel model, TaskRunner runner, Runnable redraw) {
        this.model = model;
        this.runner = runner;
        this.redraw = redraw;
    }

    /**
     * Takes a new answer: true (with fresh items to show) when it is an archive-mode one; false otherwise, the table
     * then showing store rows. Either way pages still coming for the previous answer are dropped.
     */
    boolean show(SelectionResult result) {
        if (rows != null) {
            rows.discard();
            rows = null;
        }
        selected = -1;
        waitingForPage = false;
        jsonRead.cancel();
        model.selectedArchiveRowProperty().set(null);
        if (result == null || !result.isPaged()) {
            return false;
        }
        rows = new ArchiveRowList(result.pages(), runner, this::arrived, message ->
                model.notices().add(new Notice(Notice.Kind.ERROR, "Events could not be fetched", message, false)));
        return true;
    }

    /** Whether the table shows an archive-mode answer. */
    boolean active() {
        return rows != null;
    }

    /** The items of the current archive-mode answer. */
    ObservableList<Integer> items() {
        return rows;
    }

    /** A cell's text; empty while its page is on its way. */
    String text(EventTableColumn column, int position) {
        ArchiveRow event = rows.row(position);
        return event == null ? "" : column.text(event, model.timeDisplayProperty().get());
    }

    /**
     * Publishes the event at the table's selected position (-1 for none) once its page and its JSON are here: pages
     * leave the JSON out, so it is read for the selected row alone, and a newer selection drops an older read.
     */
    void publishSelected(int position) {
        if (rows == null) {
            return;
        }
        selected = position;
        jsonRead.cancel();
        boolean inRange = position >= 0 && position < rows.size();
        ArchiveRow row = inRange ? rows.row(position) : null;
        waitingForPage = inRange && row == null;
        if (row == null || row.hasEventJson()) {
            model.selectedArchiveRowProperty().set(row);
            return;
        }
        model.selectedArchiveRowProperty().set(null);
        jsonRead = new CancelSignal();
        rows.withEventJson(position, row, jsonRead, completed -> {
            if (selected == position) {
                model.selectedArchiveRowProperty().set(completed);
            }
        });
    }

    /**
     * The selected event's value in a column as "Filter for value" takes it (the shown time, else the field's
     * value, "" when it has none); empty when no archive-mode event is selected.
     */
    Optional<String> selectedValue(EventTableColumn column) {
        ArchiveRow event = model.selectedArchiveRowProperty().get();
        if (event == null) {
            return Optional.empty();
        }
        String value = column == EventTableColumn.TIME ? column.text(event, model.timeDisplayProperty().get())
                : event.text(IndexColumn.of(column.field()));
        return Optional.of(value == null ? "" : value);
    }

    /** Pages fetched for the current answer. */
    long fetches() {
        return rows == null ? 0 : rows.fetches();
    }

    private void arrived() {
        redraw.run();
        if (waitingForPage) {
            publishSelected(selected);
        }
    }
}
