package io.auditlens.ui.table;

import atlantafx.base.theme.Styles;
import io.auditlens.query.SurroundingEvents;
import io.auditlens.ui.common.TimeDisplay;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

import java.text.NumberFormat;

/**
 * The bar over the table while it shows the events around one event: how many, around when, that the filters do
 * not apply, and the More and Back to selection buttons. Hidden while the table shows the selection.
 */
final class SurroundingBar extends HBox {

    private final Label text = new Label();
    private final Label scope = new Label();
    private final Tooltip moreTip = new Tooltip();
    private final Button more = new Button("More");
    private final Button back = new Button("Back to selection", new FontIcon(MaterialDesignK.KEYBOARD_RETURN));

    SurroundingBar(Runnable onMore, Runnable onBack) {
        super(8);
        setId("surroundingBar");
        getStyleClass().add("surrounding-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("surroundingText");
        text.getStyleClass().add("surrounding-text");
        text.setGraphic(new FontIcon(MaterialDesignA.ARROW_EXPAND_VERTICAL));
        text.setMinWidth(0);
        scope.getStyleClass().add("surrounding-scope");
        scope.setMinWidth(0);
        // Two short lines rather than one long one: the table's share of a 1280-pixel window is narrow.
        VBox words = new VBox(0, text, scope);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        more.setId("surroundingMore");
        more.getStyleClass().add(Styles.SMALL);
        more.setMinWidth(USE_PREF_SIZE);
        more.setTooltip(moreTip);
        more.setOnAction(e -> onMore.run());
        back.setId("surroundingBack");
        back.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        back.setMinWidth(USE_PREF_SIZE);
        back.setTooltip(new Tooltip("Show the selection again, as it was (Escape)"));
        back.setOnAction(e -> onBack.run());
        getChildren().addAll(words, more, back);
        showNothing();
    }

    /** Says what the table lists; {@code nextSpan} is how many on each side More would show. */
    void show(SurroundingEvents events, long anchorTime, TimeDisplay times, int nextSpan) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        String edge = events.all() ? " · every loaded event"
                : events.startOfData() ? " · from the first event" : events.endOfData() ? " · to the last event" : "";
        text.setText(n.format(events.rows().length) + " events around " + times.format(anchorTime) + " "
                + times.label());
        scope.setText(n.format(events.before()) + " before, " + n.format(events.after())
                + " after, from all loaded events whatever the filters" + edge);
        Tooltip whole = new Tooltip(text() + "\nBack to selection or Escape shows the selection again.");
        text.setTooltip(whole);
        scope.setTooltip(whole);
        moreTip.setText("Show " + n.format(nextSpan) + " events on each side");
        more.setDisable(events.all());
        setVisible(true);
        setManaged(true);
    }

    /** Says the events are being found. */
    void showFinding() {
        text.setText("Finding the surrounding events…");
        scope.setText("");
        more.setDisable(true);
        setVisible(true);
        setManaged(true);
    }

    /** Hides the bar. */
    void showNothing() {
        setVisible(false);
        setManaged(false);
    }

    /** The words shown, both lines, for tests. */
    String text() {
        return text.getText() + " · " + scope.getText();
    }
}
