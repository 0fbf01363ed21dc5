package io.auditlens.ui.window;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.Arrays;

/**
 * Shows or hides the detail pane, the last item of the main split, so the table can take its width. Hiding
 * remembers where the divider was and showing puts it back there; the divider itself stays draggable.
 */
final class DetailToggle {

    private final SplitPane split;
    private final Node detail;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "detailShown", true);
    private double dividerPosition;

    DetailToggle(SplitPane split, Node detail, double dividerPosition) {
        this.split = split;
        this.detail = detail;
        this.dividerPosition = dividerPosition;
        shown.addListener((obs, was, show) -> apply(show));
    }

    /** Whether the detail pane is in the window; the View menu's check item binds to it. */
    BooleanProperty shownProperty() {
        return shown;
    }

    private void apply(boolean show) {
        if (show && !split.getItems().contains(detail)) {
            double[] positions = split.getDividerPositions();
            split.getItems().add(detail);
            double[] restored = Arrays.copyOf(positions, positions.length + 1);
            restored[positions.length] = dividerPosition;
            split.setDividerPositions(restored);
        } else if (!show && split.getItems().contains(detail)) {
            double[] positions = split.getDividerPositions();
            dividerPosition = positions[positions.length - 1];
            split.getItems().remove(detail);
        }
    }
}
