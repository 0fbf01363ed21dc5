package io.auditlens.ui.table;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

import java.util.function.IntSupplier;

/** A table line marked with the pseudo-class {@code :anchor} while it is the surrounding events' anchor. */
final class AnchorRow extends TableRow<Integer> {

    private static final PseudoClass ANCHOR = PseudoClass.getPseudoClass("anchor");

    private final IntSupplier anchor;

    AnchorRow(IntSupplier anchor) {
        this.anchor = anchor;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(ANCHOR, !empty && item != null && item == anchor.getAsInt());
    }
}
