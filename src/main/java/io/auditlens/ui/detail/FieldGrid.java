package io.auditlens.ui.detail;

import io.auditlens.detail.EventDetail;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** A titled list of name/value pairs (the initiator or target of an event); values can be selected and copied. */
final class FieldGrid extends VBox {

    private final GridPane grid = new GridPane();

    FieldGrid(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        grid.getStyleClass().add("field-grid");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(60);
        grid.getColumnConstraints().addAll(names, values);
        getChildren().addAll(heading, grid);
        setSpacing(4);
        setMinWidth(0);
    }

    void show(List<EventDetail.Field> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (EventDetail.Field f : fields) {
            Label name = new Label(f.name());
            name.getStyleClass().add("field-name");
            TextField value = new TextField(f.value());
            value.setEditable(false);
            value.getStyleClass().add("field-value");
            grid.addRow(row++, name, value);
        }
        if (fields.isEmpty()) {
            Label none = new Label("—");
            none.getStyleClass().add("field-name");
            grid.addRow(0, none);
        }
    }
}
