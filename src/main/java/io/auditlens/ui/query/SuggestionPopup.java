package io.auditlens.ui.query;

import io.auditlens.suggest.QuerySuggester;
import io.auditlens.suggest.Suggestion;
import io.auditlens.suggest.Suggestions;
import io.auditlens.ui.common.TaskRunner;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * The query field's completion list: asks the {@link QuerySuggester} in a background task after every change to
 * the text, shows its answer under the term being typed, and takes the keys while it shows: Down and Up move,
 * Tab accepts the highlighted suggestion (the first unless moved), Enter accepts it once Down or Up chose one
 * (else Enter runs the query as before), Escape closes, Ctrl+Space asks even for an empty term.
 */
final class SuggestionPopup {

    private static final double ROW = 26;
    private static final int ROWS = 8;
    private static final double WIDTH = 600;

    private final TextField field;
    private final TaskRunner runner;
    private final Popup popup = new Popup();
    private final ListView<Suggestion> list = new ListView<>();
    private volatile QuerySuggester suggester;
    private Task<Suggestions> pending;
    private Suggestions shown = Suggestions.NONE;
    private boolean chosen;
    private boolean quietOnce;

    SuggestionPopup(TextField field, TaskRunner runner) {
        this.field = field;
        this.runner = runner;
        list.setId("querySuggestions");
        list.getStyleClass().add("query-suggestions");
        list.setCellFactory(v -> new SuggestionCell());
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW);
        list.setPrefWidth(WIDTH);
        list.setOnMouseClicked(e -> {
            Suggestion s = list.getSelectionModel().getSelectedItem();
            if (s != null) {
                accept(s);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        popup.setAutoFix(true);
        // The caret moves after the text changes, so the term is read once both are in place.
        field.textProperty().addListener((obs, old, text) -> Platform.runLater(() -> ask(false)));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Where suggestions come from; null while no data is loaded. */
    void setSuggester(QuerySuggester s) {
        suggester = s;
        if (s == null) {
            hide();
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** The list, for tests. */
    ListView<Suggestion> list() {
        return list;
    }

    private void ask(boolean explicit) {
        if (quietOnce) {
            quietOnce = false;
            hide();
            return;
        }
        QuerySuggester s = suggester;
        if (s == null || !field.isFocused()) {
            hide();
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        String text = field.getText();
        int caret = field.getCaretPosition();
        Task<Suggestions> task = new Task<>() {
            @Override
            protected Suggestions call() {
                return s.suggest(text, caret, explicit);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == pending && text.equals(field.getText()) && caret == field.getCaretPosition()) {
                show(task.getValue());
            }
        });
        pending = runner.start(task);
    }

    private void show(Suggestions suggestions) {
        shown = suggestions;
        if (suggestions.items().isEmpty() || !field.isFocused()) {
            hide();
            return;
        }
        double height = Math.min(ROWS, suggestions.items().size()) * ROW + 2;
        if (popup.isShowing() && height != list.getPrefHeight()) {
            // A popup window is sized when shown; showing it again fits the new number of rows.
            popup.hide();
        }
        list.getItems().setAll(suggestions.items());
        list.setPrefHeight(height);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        chosen = false;
        if (list.getStylesheets().isEmpty() && field.getScene() != null) {
            list.getStylesheets().addAll(field.getScene().getStylesheets());
        }
        Point2D at = anchor(suggestions.from());
        if (popup.isShowing()) {
            popup.setX(at.getX());
            popup.setY(at.getY());
        } else {
            popup.show(field, at.getX(), at.getY());
        }
    }

    // Under the first character of the term, kept within the field's width.
    private Point2D anchor(int index) {
        double x = 0;
        if (field.getSkin() instanceof TextFieldSkin skin && index <= field.getLength()) {
            x = skin.getCharacterBounds(index).getMinX();
        }
        x = Math.max(0, Math.min(x, field.getWidth() - WIDTH));
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMaxY());
    }

    private void hide() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        popup.hide();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
            ask(true);
            e.consume();
            return;
        }
        if (!popup.isShowing()) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case DOWN -> move(Math.min(list.getItems().size() - 1, i + 1));
            case UP -> move(Math.max(0, i - 1));
            case TAB -> accept(list.getSelectionModel().getSelectedItem());
            case ESCAPE -> hide();
            case ENTER -> {
                if (!chosen) {
                    hide();
                    return;
                }
                accept(list.getSelectionModel().getSelectedItem());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int index) {
        chosen = true;
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - ROWS / 2));
    }

    private void accept(Suggestion s) {
        if (s == null) {
            return;
        }
        Suggestions.Accepted next = shown.accept(field.getText(), s);
        // A value ends the term; a field name or path goes on to its values.
        quietOnce = s.kind() == Suggestion.Kind.VALUE;
        hide();
        field.setText(next.text());
        field.positionCaret(next.caret());
    }
}
