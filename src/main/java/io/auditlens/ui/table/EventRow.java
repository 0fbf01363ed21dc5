package io.auditlens.ui.table;

import io.auditlens.ui.window.ExplorerModel;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

import java.util.function.IntSupplier;

/**
 * A table line: striped in the colour of its event's first label, and marked with the pseudo-class {@code :anchor}
 * while it is the surrounding events' anchor.
 */
final class EventRow extends TableRow<Integer> {

    private static final PseudoClass ANCHOR = PseudoClass.getPseudoClass("anchor");

    private final ExplorerModel model;
    private final IntSupplier anchor;

    EventRow(ExplorerModel model, IntSupplier anchor) {
        this.model = model;
        this.anchor = anchor;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        LabelsColumn.mark(this, item, empty, model);
        pseudoClassStateChanged(ANCHOR, !empty && item != null && item == anchor.getAsInt());
    }
}
