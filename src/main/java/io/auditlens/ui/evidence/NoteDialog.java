package io.auditlens.ui.evidence;

import io.auditlens.evidence.LabelNames;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The small dialog in which the note of the selected events is written; an empty note removes it. A note longer
 * than a case keeps is explained under the text and OK stays off, so nothing typed is lost by a refused save.
 */
final class NoteDialog extends Dialog<String> {

    private final TextArea text;
    private final Label problem = new Label();

    /** A dialog for the note of {@code events} events, starting from {@code current}. */
    NoteDialog(int events, String current) {
        setTitle("Note");
        setHeaderText(events == 1 ? "Note on the selected event" : "Note on the " + events + " selected events");
        text = new TextArea(current);
        text.setId("noteText");
        text.setPrefRowCount(5);
        text.setWrapText(true);
        problem.setId("noteProblem");
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getDialogPane().setContent(new VBox(6, text, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        text.textProperty().addListener((obs, old, now) -> check());
        check();
        setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        setOnShown(e -> text.requestFocus());
    }

    /** The note typed for {@code events} events starting from {@code current}; empty when cancelled. */
    static Optional<String> ask(int events, String current) {
        return new NoteDialog(events, current).showAndWait();
    }

    private void check() {
        Optional<String> why = LabelNames.noteProblem(text.getText());
        problem.setText(why.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".").orElse(""));
        getDialogPane().lookupButton(ButtonType.OK).setDisable(why.isPresent());
    }
}
