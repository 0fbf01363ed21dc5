package io.auditlens.ui.evidence;

import io.auditlens.evidence.HistoryEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The case's history, newest first: who changed which label or note of which event, and when. It reads the case as
 * the window holds it (every change is saved before it is shown), so opening it touches no file.
 */
final class CaseHistoryDialog extends Dialog<Void> {

    /** The longest part of a note shown in a cell; the whole note is in the case and in the detail pane. */
    private static final int NOTE_SHOWN = 120;
    private static final int HASH_SHOWN = 12;

    /** A dialog listing {@code history}, oldest first as a case keeps it, for the case called {@code caseName}. */
    CaseHistoryDialog(String caseName, List<HistoryEntry> history) {
        setTitle("Case history");
        setHeaderText(history.isEmpty() ? "No changes yet in " + caseName
                : history.size() + (history.size() == 1 ? " change" : " changes") + " in " + caseName);
        TableView<HistoryEntry> table = new TableView<>();
        table.setId("caseHistoryTable");
        table.getColumns().add(column("When (UTC)", 190, HistoryEntry::at));
        table.getColumns().add(column("Who", 110, HistoryEntry::by));
        table.getColumns().add(column("Change", 120, HistoryEntry::change));
        table.getColumns().add(column("Label", 120, HistoryEntry::label));
        table.getColumns().add(column("Event", 110, e -> shortened(e.event(), HASH_SHOWN)));
        table.getColumns().add(column("Note", 260, e -> shortened(e.note(), NOTE_SHOWN)));
        List<HistoryEntry> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.setPlaceholder(new Label("Labels and notes put on events are listed here."));
        table.setPrefSize(920, 420);
        getDialogPane().setContent(new VBox(table));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
    }

    private static TableColumn<HistoryEntry, String> column(String title, double width,
                                                            Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> {
            String shown = cell.getValue() == null ? null : value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(shown == null ? "" : shown);
        });
        return column;
    }

    private static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
