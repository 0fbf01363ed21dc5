package io.auditlens.ui.evidence;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;

import java.util.Optional;

/** The small dialog in which the note of the selected events is written; an empty note removes it. */
final class NoteDialog {

    private NoteDialog() {
    }

    /** The note typed for {@code events} events starting from {@code current}; empty when cancelled. */
    static Optional<String> ask(int events, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Note");
        dialog.setHeaderText(events == 1 ? "Note on the selected event" : "Note on the " + events + " selected events");
        TextArea text = new TextArea(current);
        text.setId("noteText");
        text.setPrefRowCount(5);
        text.setWrapText(true);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }
}
