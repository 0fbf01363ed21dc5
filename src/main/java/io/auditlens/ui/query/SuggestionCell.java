package io.auditlens.ui.query;

import io.auditlens.suggest.Suggestion;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.text.NumberFormat;

/** A row of the completion list: the field, value or path, its one-line help, and a value's count. */
final class SuggestionCell extends ListCell<Suggestion> {

    private final Label label = new Label();
    private final Label help = new Label();
    private final Label count = new Label();
    private final HBox box = new HBox(10, label, help, count);

    SuggestionCell() {
        getStyleClass().add("suggestion-cell");
        label.getStyleClass().add("suggestion-label");
        help.getStyleClass().add("suggestion-help");
        help.setMinWidth(0);
        help.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(help, Priority.ALWAYS);
        count.getStyleClass().add("suggestion-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        // A cell as wide as the list, not as its text: the help is cut short rather than the count scrolled away.
        setPrefWidth(0);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Suggestion item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        label.setText(item.label());
        // A field or value keeps its whole name; only a long JSON path may be cut (the help shrinks before it).
        label.setMinWidth(item.label().length() <= 48 ? javafx.scene.layout.Region.USE_PREF_SIZE : 0);
        help.setText(item.help());
        count.setText(item.count() < 0 ? "" : NumberFormat.getIntegerInstance().format(item.count()));
        setText(null);
        setGraphic(box);
    }
}
