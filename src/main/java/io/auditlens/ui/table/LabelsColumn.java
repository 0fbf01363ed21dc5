package io.auditlens.ui.table;

import io.auditlens.evidence.Label;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.ui.common.LabelSwatch;
import io.auditlens.ui.window.ExplorerModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * The table's Labels column: each row's labels from the open case, as chips in the labels' colours. It is not one of
 * the layout's columns, so it stands last, and it shows only once a loaded event carries a label or note, so the
 * default columns keep the width they need at 1280 pixels. Labelled rows also carry a stripe in their first label's
 * colour at the left edge, so they stand out wherever the table is scrolled.
 */
final class LabelsColumn {

    private static final PseudoClass LABELLED = PseudoClass.getPseudoClass("labelled");

    private LabelsColumn() {
    }

    static TableColumn<Integer, String> of(ExplorerModel model) {
        TableColumn<Integer, String> column = new TableColumn<>("Labels");
        column.setId("column-labels");
        column.setPrefWidth(140);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : String.join(", ", model.annotationsProperty().get().labels(cell.getValue()))));
        column.setCellFactory(c -> new ChipsCell(model));
        column.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.annotationsProperty().get().annotatedRows().length > 0, model.annotationsProperty()));
        return column;
    }

    /** Gives the table's rows the stripe of their first label; the table refreshes when the labels change. */
    static void mark(TableRow<Integer> line, Integer row, boolean empty, ExplorerModel model) {
        List<String> labels = empty || row == null ? List.of() : model.annotationsProperty().get().labels(row);
        line.pseudoClassStateChanged(LABELLED, !labels.isEmpty());
        line.setStyle(labels.isEmpty() ? null
                : "-label-colour: " + colour(model.annotationsProperty().get(), labels.get(0)) + ";");
    }

    private static String colour(RowEvidence evidence, String label) {
        return LabelSwatch.safe(evidence.evidence().label(label).map(Label::colour).orElse(""));
    }

    /** A cell showing each label of its row as a small coloured chip. */
    private static final class ChipsCell extends TableCell<Integer, String> {
        private final ExplorerModel model;

        ChipsCell(ExplorerModel model) {
            this.model = model;
            getStyleClass().add("labels-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Integer row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            RowEvidence evidence = model.annotationsProperty().get();
            HBox chips = new HBox(3);
            chips.setAlignment(Pos.CENTER_LEFT);
            for (String name : evidence.labels(row)) {
                javafx.scene.control.Label chip = new javafx.scene.control.Label(name);
                chip.getStyleClass().add("label-chip");
                chip.setStyle("-fx-background-color: " + colour(evidence, name) + ";");
                chips.getChildren().add(chip);
            }
            setText(null);
            setGraphic(chips.getChildren().isEmpty() ? null : chips);
        }
    }
}
