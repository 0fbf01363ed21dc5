package io.auditlens.ui.load;

import io.auditlens.ingest.ArchivePartitions;
import io.auditlens.ingest.PartitionWindow;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Asks which days and hours of an IBM Cloud Logs archive to load, before it is read: the archive's first and last
 * day, a start and an end (the whole archive at first) and how many of its files they keep. Times are UTC, as the
 * archive's {@code dt=}/{@code hr=} folders are. Enter loads, Escape cancels.
 */
public final class ArchiveRangeDialog extends Dialog<PartitionWindow> {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final ArchivePartitions archive;
    private final DatePicker fromDay;
    private final DatePicker toDay;
    private final Spinner<Integer> fromHour = hourSpinner("archiveFromHour", 0);
    private final Spinner<Integer> toHour = hourSpinner("archiveToHour", 23);
    private final Label count = new Label();
    private final Button loadButton;

    /** @param withLoaded whether archives already loaded are read again with the new ones, under the same range */
    public ArchiveRangeDialog(Window owner, ArchivePartitions archive, boolean withLoaded) {
        this.archive = archive;
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        setTitle("Load part of an archive");
        setHeaderText(null);
        getDialogPane().getStyleClass().add("archive-range");
        fromDay = dayPicker("archiveFromDay", archive.firstDay());
        toDay = dayPicker("archiveToDay", archive.lastDay());

        Label about = new Label(String.format("The archive holds %,d %s from %s to %s.", archive.files(),
                archive.files() == 1 ? "file" : "files", archive.firstDay(), archive.lastDay()));
        about.setWrapText(true);
        Label utc = new Label("Days and hours are UTC, as in the archive's dt= and hr= folders.");
        utc.getStyleClass().add("archive-range-note");
        utc.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("archive-range-grid");
        grid.addRow(0, new Label(), heading("Day"), heading(archive.hourly() ? "Hour" : ""));
        grid.addRow(1, new Label("From"), fromDay, fromHour, new Label(":00"));
        grid.addRow(2, new Label("To"), toDay, toHour, new Label(":59"));
        // Day folders without hour folders leave nothing to choose within a day.
        for (Node hourNode : grid.getChildren()) {
            Integer column = GridPane.getColumnIndex(hourNode);
            if (column != null && column >= 2) {
                hourNode.setVisible(archive.hourly());
                hourNode.setManaged(archive.hourly());
            }
        }
        count.setId("archiveRangeCount");
        count.getStyleClass().add("archive-range-count");
        VBox content = new VBox(12, new VBox(2, about, utc), grid, count);
        if (withLoaded) {
            Label note = new Label("The range applies to the archives already loaded too.");
            note.getStyleClass().add("archive-range-note");
            note.setWrapText(true);
            content.getChildren().add(note);
        }
        content.setPrefWidth(500);
        getDialogPane().setContent(content);

        ButtonType load = new ButtonType("Load", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(load, ButtonType.CANCEL);
        loadButton = (Button) getDialogPane().lookupButton(load);
        setResultConverter(button -> button == load ? window() : null);
        // The fields' text, not their committed values, is what counts: the count follows typing, and Enter in
        // a field loads what it shows without leaving it first.
        for (TextField field : List.of(fromDay.getEditor(), fromHour.getEditor(), toDay.getEditor(),
                toHour.getEditor())) {
            field.textProperty().addListener(o -> update());
        }
        // Enter loads from any field, also from those that would keep the key to themselves.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                e.consume();
                if (!loadButton.isDisabled()) {
                    loadButton.fire();
                }
            }
        });
        update();
        Platform.runLater(fromDay::requestFocus);
    }

    /** The window the fields describe, or null while they describe none. */
    PartitionWindow window() {
        LocalDateTime first = start();
        LocalDateTime last = end();
        return first == null || last == null || first.isAfter(last) ? null : PartitionWindow.ofHours(first, last);
    }

    private LocalDateTime start() {
        return at(fromDay, fromHour);
    }

    private LocalDateTime end() {
        return at(toDay, toHour);
    }

    private static LocalDateTime at(DatePicker day, Spinner<Integer> hour) {
        LocalDate shown = day.getConverter().fromString(day.getEditor().getText());
        Integer typed = hour.getValueFactory().getConverter().fromString(hour.getEditor().getText());
        return shown == null ? null : shown.atTime(Math.max(0, Math.min(23, typed)), 0);
    }

    private void update() {
        PartitionWindow window = window();
        String problem = null;
        if (start() == null || end() == null) {
            problem = "Choose both days, or type them as " + archive.firstDay() + ".";
        } else if (window == null) {
            problem = "The range ends before it starts.";
        } else if (archive.filesOutside(window) == archive.files()) {
            problem = "No archive file lies in this range.";
        }
        if (problem == null) {
            int kept = archive.files() - archive.filesOutside(window);
            count.setText(String.format("Loads %,d of the %,d archive files.", kept, archive.files()));
        } else {
            count.setText(problem);
        }
        count.pseudoClassStateChanged(PROBLEM, problem != null);
        loadButton.setDisable(problem != null);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("archive-range-heading");
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private DatePicker dayPicker(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setPrefWidth(160);
        picker.setConverter(new IsoDates());
        picker.setShowWeekNumbers(false);
        LocalDate first = archive.firstDay();
        LocalDate last = archive.lastDay();
        // Days without archive folders cannot be picked from the calendar; typing one is still allowed.
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(first) || day.isAfter(last));
            }
        });
        return picker;
    }

    private static Spinner<Integer> hourSpinner(String id, int initial) {
        SpinnerValueFactory.IntegerSpinnerValueFactory hours =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 23, initial);
        // Text that is no number keeps the hour shown before; a number out of range is brought to 0 or 23.
        hours.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer hour) {
                return hour == null ? "" : String.format("%02d", hour);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    return hours.getValue();
                }
            }
        });
        Spinner<Integer> spinner = new Spinner<>(hours);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        return spinner;
    }

    /** Days as ISO dates, the form the rest of the window shows; text that is no date gives no day. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : day.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
