package io.auditlens.ui.facets;

import atlantafx.base.controls.Spacer;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import java.text.NumberFormat;
import java.util.function.Consumer;

/** One check box of a facet (a value, or a group heading that picks all its values) with its count. */
final class FacetOptionRow extends HBox {

    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final CheckBox box = new CheckBox();
    private final Label count = new Label();
    private boolean syncing;

    FacetOptionRow(String label, String tooltip, boolean group, Consumer<Boolean> onToggle) {
        getStyleClass().add(group ? "facet-group" : "facet-option");
        box.setText(label);
        box.setMnemonicParsing(false);
        box.setMinWidth(0);
        count.getStyleClass().add("facet-count");
        count.setMinWidth(USE_PREF_SIZE);
        if (tooltip != null) {
            Tooltip tip = new Tooltip(tooltip);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(300));
            box.setTooltip(tip);
        }
        box.selectedProperty().addListener((obs, was, now) -> {
            if (!syncing) {
                onToggle.accept(now);
            }
        });
        getChildren().addAll(box, new Spacer(), count);
    }

    /** Shows a count; a negative count means the engine gave none and nothing is shown. */
    void setCount(long value) {
        count.setText(value < 0 ? "" : NumberFormat.getIntegerInstance().format(value));
        pseudoClassStateChanged(NONE, value == 0);
    }

    /** Sets the check state without reporting it as a user's pick. */
    void setChecked(boolean checked, boolean partly) {
        syncing = true;
        try {
            box.setIndeterminate(partly);
            box.setSelected(checked && !partly);
        } finally {
            syncing = false;
        }
    }

    String countText() {
        return count.getText();
    }

    CheckBox checkBox() {
        return box;
    }
}
