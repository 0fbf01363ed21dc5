package io.auditlens.ui.table;

import io.auditlens.ui.window.ExplorerModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/**
 * The table's Labels column: each row's labels from the open case. It is not one of the layout's columns, so it
 * stands last, and it shows only once a loaded event carries a label or note, so the default columns keep the
 * width they need at 1280 pixels.
 */
final class LabelsColumn {

    private LabelsColumn() {
    }

    static TableColumn<Integer, String> of(ExplorerModel model) {
        TableColumn<Integer, String> column = new TableColumn<>("Labels");
        column.setId("column-labels");
        column.setPrefWidth(140);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : String.join(", ", model.annotationsProperty().get().labels(cell.getValue()))));
        column.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.annotationsProperty().get().annotatedRows().length > 0, model.annotationsProperty()));
        return column;
    }
}
