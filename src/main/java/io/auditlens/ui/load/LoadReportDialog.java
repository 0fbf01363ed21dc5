package io.auditlens.ui.load;

import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadReport;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;
import java.util.function.Function;

/**
 * The load report: every file of the last load with format, events, rejected lines, duplicates and its SHA-256
 * (selectable and copyable), and the rejected lines of the selected file with line numbers and reasons.
 */
public final class LoadReportDialog extends Dialog<Void> {

    private final TableView<FileReport> files = new TableView<>();
    private final TableView<LineError> lines = new TableView<>();
    private final Label linesTitle = new Label("Rejected lines");
    private final Label leftOut = new Label();
    private LoadReport shown = LoadReport.NONE;

    public LoadReportDialog(Window owner, ExplorerModel model) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Load report");
        setResizable(true);
        files.setId("reportFiles");
        lines.setId("reportLines");
        files.getColumns().add(textColumn("File", f -> f.path(), 300));
        files.getColumns().add(textColumn("Format", f -> f.format() == null ? "" : f.format(), 90));
        files.getColumns().add(numberColumn("Events", FileReport::events));
        files.getColumns().add(numberColumn("Rejected", FileReport::rejected));
        files.getColumns().add(numberColumn("Duplicates", FileReport::duplicates));
        files.getColumns().add(shaColumn());
        files.getColumns().add(textColumn("Problem", f -> f.fileError() == null ? "" : f.fileError(), 260));
        files.setPlaceholder(new Label("Nothing has been loaded yet"));
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> showLines(f));

        TableColumn<LineError, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(70);
        TableColumn<LineError, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        reason.setPrefWidth(760);
        lines.getColumns().add(line);
        lines.getColumns().add(reason);
        lines.setPlaceholder(new Label("No rejected lines in this file"));

        Button copy = new Button("Copy report", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setOnAction(e -> EventClipboard.copy(LoadReportText.format(shown)));
        Button copySha = new Button("Copy SHA-256");
        copySha.setOnAction(e -> {
            FileReport f = files.getSelectionModel().getSelectedItem();
            if (f != null && f.sha256() != null) {
                EventClipboard.copy(f.sha256());
            }
        });
        linesTitle.getStyleClass().add("section-title");
        leftOut.setId("reportLeftOut");
        leftOut.getStyleClass().add("report-left-out");
        leftOut.setWrapText(true);
        VBox content = new VBox(8, leftOut, files, linesTitle, lines, new HBox(8, copy, copySha));
        content.setPadding(new Insets(4));
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        getDialogPane().setPrefSize(1100, 620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStyleClass().add("load-report");
        model.lastLoadReportProperty().addListener((obs, old, reports) -> show(reports));
        show(model.lastLoadReportProperty().get());
    }

    /** The files table, for tests. */
    public TableView<FileReport> filesTable() {
        return files;
    }

    /** The rejected lines table, for tests. */
    public TableView<LineError> linesTable() {
        return lines;
    }

    private void show(LoadReport report) {
        shown = report;
        leftOut.setText(report.leftOutSentence());
        leftOut.setVisible(!leftOut.getText().isEmpty());
        leftOut.setManaged(leftOut.isVisible());
        List<FileReport> reports = report.files();
        files.setItems(FXCollections.observableArrayList(reports));
        // Open on the first file with problems: that is what the user came to see.
        FileReport first = reports.stream().filter(f -> f.failed() || f.rejected() > 0).findFirst()
                .orElse(reports.isEmpty() ? null : reports.get(0));
        if (first != null) {
            files.getSelectionModel().select(first);
        }
        showLines(first);
    }

    private void showLines(FileReport f) {
        lines.setItems(FXCollections.observableArrayList(f == null ? List.of()
                : f.errors().stream().filter(e -> e.line() > 0).toList()));
        linesTitle.setText(f == null ? "Rejected lines" : "Rejected lines of " + f.path()
                + (f.rejected() > f.errors().stream().filter(e -> e.line() > 0).count()
                ? " (the first " + lines.getItems().size() + " of " + f.rejected() + ")" : ""));
    }

    private static TableColumn<FileReport, String> textColumn(String title, Function<FileReport, String> text,
                                                            double width) {
        TableColumn<FileReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<FileReport, Number> numberColumn(String title, Function<FileReport, Long> value) {
        TableColumn<FileReport, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(95);
        c.getStyleClass().add("number-column");
        return c;
    }

    // A read-only text field, so the digest can be selected and copied with the keyboard or the mouse.
    private static TableColumn<FileReport, String> shaColumn() {
        TableColumn<FileReport, String> c = textColumn("SHA-256", f -> f.sha256() == null ? "" : f.sha256(), 250);
        c.setCellFactory(col -> new TableCell<>() {
            private final TextField field = new TextField();

            {
                field.setEditable(false);
                field.getStyleClass().add("sha-field");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                field.setText(item);
                setGraphic(empty ? null : field);
            }
        });
        return c;
    }
}
