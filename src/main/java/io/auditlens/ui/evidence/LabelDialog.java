package io.auditlens.ui.evidence;

import io.auditlens.evidence.BuiltInLabels;
import io.auditlens.evidence.Label;
import io.auditlens.evidence.LabelNames;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

import java.util.Locale;
import java.util.Optional;

/**
 * The dialog in which the user names a label of their own and picks its colour. A name the case would refuse (empty,
 * too long, a control character, {@code *}) is explained under the field and OK stays off until it is fixed.
 */
final class LabelDialog extends Dialog<Label> {

    private final TextField name = new TextField();
    private final ColorPicker colour;
    private final javafx.scene.control.Label problem = new javafx.scene.control.Label();

    /** A dialog for the user's {@code defined}-th label (which picks its starting colour), for {@code events}. */
    LabelDialog(int defined, int events) {
        setTitle("New label");
        setHeaderText(events == 0 ? "A label of your own for this case"
                : "A label of your own, put on the " + (events == 1 ? "selected event" : events + " selected events"));
        colour = new ColorPicker(Color.web(BuiltInLabels.paletteColour(defined)));
        name.setId("labelName");
        name.setPromptText("for example Offboarded user");
        colour.setId("labelColour");
        problem.setId("labelProblem");
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("Name"), name);
        grid.addRow(1, new javafx.scene.control.Label("Colour"), colour);
        grid.add(problem, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        name.textProperty().addListener((obs, old, text) -> check());
        check();
        setResultConverter(button -> button == ButtonType.OK ? label() : null);
        setOnShown(e -> name.requestFocus());
    }

    /** The label a user asks for, or empty when cancelled. */
    static Optional<Label> ask(int defined, int events) {
        return new LabelDialog(defined, events).showAndWait();
    }

    /** The label as typed now. */
    Label label() {
        return new Label(name.getText().strip(), hex(colour.getValue()));
    }

    /** Why the typed name cannot be used, shown under the field; empty when it can. */
    String problem() {
        return problem.getText();
    }

    private void check() {
        Optional<String> why = LabelNames.problem(name.getText());
        // An empty field at the start needs no scolding; OK stays off all the same.
        problem.setText(why.filter(w -> !name.getText().isEmpty()).map(LabelDialog::sentence).orElse(""));
        getDialogPane().lookupButton(ButtonType.OK).setDisable(why.isPresent());
    }

    private static String sentence(String why) {
        return Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
