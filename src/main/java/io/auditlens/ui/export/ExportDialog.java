package io.auditlens.ui.export;

import io.auditlens.export.EventExport;
import io.auditlens.export.ExportFormat;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * File > Export: CSV or NDJSON, the whole selection or only its labelled events, and the file. Export stays
 * disabled without a file name, and a file that cannot be written (an input, a folder that does not take files)
 * is named in the dialog, which stays open so the name can be fixed.
 */
public final class ExportDialog extends Dialog<ExportChoice> {

    static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final RadioButton csv = new RadioButton("CSV — the visible columns, then labels and note");
    private final RadioButton ndjson = new RadioButton("NDJSON — each event's original JSON, one per line");
    private final RadioButton selection = new RadioButton();
    private final RadioButton labelled = new RadioButton();
    private final TextField target = new TextField();
    private final Label sidecar = new Label();
    private final Label problem = new Label();

    /**
     * @param selected  events in the selection
     * @param labelledN of those, the ones carrying a label
     * @param suggested the file proposed
     * @param chooser   asks for a file when Choose… is pressed
     * @param check     why a file cannot be written, or empty
     */
    ExportDialog(Window owner, int selected, int labelledN, Path suggested, SaveChooser chooser,
                 Function<Path, Optional<String>> check) {
        initOwner(owner);
        setTitle("Export events");
        setHeaderText("Export the selected events, with a provenance file that auditlens verify checks later");
        ToggleGroup formats = new ToggleGroup();
        csv.setToggleGroup(formats);
        ndjson.setToggleGroup(formats);
        csv.setId("exportCsv");
        ndjson.setId("exportNdjson");
        csv.setSelected(true);
        ToggleGroup scope = new ToggleGroup();
        selection.setToggleGroup(scope);
        labelled.setToggleGroup(scope);
        selection.setId("exportSelection");
        labelled.setId("exportLabelled");
        selection.setText(String.format("The selection: %,d %s", selected, selected == 1 ? "event" : "events"));
        labelled.setText(String.format("Only its labelled events: %,d", labelledN));
        labelled.setDisable(labelledN == 0);
        selection.setSelected(true);

        target.setId("exportTarget");
        target.setText(suggested.toString());
        target.setPrefColumnCount(44);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("exportChoose");
        choose.setOnAction(e -> chooser.choose(owner, "Export to", path().orElse(suggested), kind(), extension())
                .ifPresent(p -> target.setText(p.toString())));
        sidecar.getStyleClass().add("export-hint");
        sidecar.setWrapText(true);
        problem.setId("exportProblem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(6, 4, 2, 4));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, heading("Format"), csv);
        grid.add(ndjson, 1, 1);
        grid.addRow(2, heading("Events"), selection);
        grid.add(labelled, 1, 3);
        grid.addRow(4, heading("File"), new HBox(6, target, choose));
        grid.add(sidecar, 1, 5);
        grid.add(problem, 1, 6);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(640);

        formats.selectedToggleProperty().addListener((obs, old, now) -> switchExtension());
        target.textProperty().addListener((obs, old, text) -> describe());
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("exportButton");
        export.disableProperty().bind(target.textProperty().isEmpty());
        // The dialog stays open on a file that cannot be written, with the reason under the name.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> why = path().map(check).orElse(Optional.of("that is not a file name this system "
                    + "accepts"));
            if (why.isPresent()) {
                problem.setText(why.get());
                problem.setManaged(true);
                problem.setVisible(true);
                e.consume();
            }
        });
        setResultConverter(button -> button == EXPORT ? path().map(p -> new ExportChoice(format(), labelled.isSelected(),
                p)).orElse(null) : null);
        setOnShown(e -> target.requestFocus());
        describe();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private ExportFormat format() {
        return ndjson.isSelected() ? ExportFormat.NDJSON : ExportFormat.CSV;
    }

    private String kind() {
        return format() == ExportFormat.CSV ? "CSV files" : "NDJSON files";
    }

    private String extension() {
        return format().extension();
    }

    private Optional<Path> path() {
        String text = target.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    // A name ending in the other format's extension follows the format; any other name is left as typed.
    private void switchExtension() {
        String text = target.getText();
        for (ExportFormat f : ExportFormat.values()) {
            if (f != format() && text.endsWith(f.extension())) {
                target.setText(text.substring(0, text.length() - f.extension().length()) + extension());
            }
        }
    }

    private void describe() {
        problem.setManaged(false);
        problem.setVisible(false);
        sidecar.setText(path().map(p -> "Its provenance (inputs with SHA-256, the selection, the events' hashes) "
                + "goes beside it in " + EventExport.sidecarOf(p).getFileName() + ".").orElse(""));
    }
}
