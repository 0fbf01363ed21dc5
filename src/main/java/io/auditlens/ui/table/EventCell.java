package io.auditlens.ui.table;

import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.ValuePseudoClass;
import javafx.scene.control.TableCell;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A table cell that says when it is pressed (so "Copy cell" and "Filter for value" know the column in row
 * selection) and, for outcome, severity and status, exposes its value as a pseudo-class (e.g.
 * {@code :value-failure}) for CSS.
 */
final class EventCell extends TableCell<Integer, String> {

    private final boolean styledByValue;
    private final ValuePseudoClass value = new ValuePseudoClass(this);

    EventCell(EventTableColumn field, Consumer<EventTableColumn> pressed) {
        styledByValue = field == EventTableColumn.OUTCOME || field == EventTableColumn.SEVERITY
                || field == EventTableColumn.STATUS;
        getStyleClass().add(field.name().toLowerCase(Locale.ROOT) + "-cell");
        setOnMousePressed(e -> pressed.accept(field));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        value.show(styledByValue && !empty ? item : null);
    }
}
