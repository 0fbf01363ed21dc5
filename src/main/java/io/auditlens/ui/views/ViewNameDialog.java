package io.auditlens.ui.views;

import io.auditlens.views.BuiltInViews;
import io.auditlens.views.ViewEntry;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Asks for a view's name when saving or renaming: OK stays off for a blank name or a built-in view's, and a note
 * says when the name would replace a saved view.
 */
final class ViewNameDialog extends Dialog<String> {

    private final TextField name = new TextField();
    private final Label note = new Label();

    /**
     * @param action   the OK button's text, such as "Save"
     * @param initial  the name offered
     * @param existing every view now, to warn about clashes
     * @param renaming the saved view being renamed, which may keep its name; null when saving
     */
    ViewNameDialog(Window owner, String title, String action, String initial, List<ViewEntry> existing,
                   String renaming) {
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        setTitle(title);
        setHeaderText(null);
        name.setId("viewNameField");
        name.setText(initial);
        name.setPrefColumnCount(30);
        note.getStyleClass().add("view-name-note");
        note.setWrapText(true);
        getDialogPane().setContent(new VBox(8, new Label("Name"), name, note));
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Node okButton = getDialogPane().lookupButton(ok);
        name.textProperty().addListener((obs, old, text) -> okButton.setDisable(!check(text, existing, renaming)));
        okButton.setDisable(!check(initial, existing, renaming));
        setResultConverter(button -> button == ok ? name.getText().strip() : null);
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    /** Whether the name may be used; sets the note saying why not, or what it will do. */
    private boolean check(String text, List<ViewEntry> existing, String renaming) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty()) {
            note.setText("");
            return false;
        }
        if (BuiltInViews.isBuiltIn(n)) {
            note.setText("A built-in view has this name; choose another.");
            return false;
        }
        boolean clash = existing.stream().anyMatch(e -> e.name().equalsIgnoreCase(n)
                && (renaming == null || !e.name().equalsIgnoreCase(renaming)));
        if (clash && renaming != null) {
            note.setText("Another view has this name.");
            return false;
        }
        note.setText(clash ? "This replaces the saved view of that name." : "");
        return true;
    }
}
