package io.auditlens.ui.query;

import io.auditlens.engine.SelectionBackend;
import io.auditlens.fields.FieldInventory;
import io.auditlens.suggest.QuerySuggester;
import io.auditlens.suggest.Suggestion;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import javafx.concurrent.Task;
import java.util.List;
import java.util.Optional;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.auditlens.query.QuerySyntaxException;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The query line: applies the query on Enter or after a short pause in typing, suggests fields, values and JSON
 * paths while typing ({@link SuggestionPopup}), browses history with up and down, underlines the column of a
 * syntax error, and opens the help popover.
 */
public final class QueryBar extends VBox {

    private final ExplorerModel model;
    private final CustomTextField field = new CustomTextField();
    private final QueryHistory history = new QueryHistory();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(350));
    private final TextFlow echo = new TextFlow();
    private final Label errorMessage = new Label();
    private final HBox errorLine = new HBox(12, echo, errorMessage);
    private final QueryHelpPopover help;
    private final Button helpButton = new Button(null, new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
    private final SuggestionPopup suggestions;
    private final TaskRunner runner;

    public QueryBar(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        this.suggestions = new SuggestionPopup(field, runner);
        getStyleClass().add("query-bar");
        field.setId("queryField");
        field.setPromptText("Query, e.g. action:image.pull outcome:failure region:eu-de   (Ctrl+F)");
        field.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> {
            field.clear();
            apply(true);
        });
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        HBox.setHgrow(field, Priority.ALWAYS);

        help = new QueryHelpPopover(q -> {
            field.setText(q);
            field.positionCaret(q.length());
            apply(true);
        });
        helpButton.setId("queryHelp");
        helpButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        helpButton.setTooltip(new Tooltip("Query fields and examples (F1)"));
        helpButton.setOnAction(e -> showHelp());

        errorLine.setId("queryError");
        errorLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        errorMessage.setId("queryErrorMessage");
        errorMessage.getStyleClass().add("query-error-message");
        errorMessage.setGraphic(new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        errorMessage.setOnMouseClicked(e -> {
            QuerySyntaxException error = model.queryErrorProperty().get();
            if (error != null) {
                field.requestFocus();
                field.positionCaret(Math.min(field.getLength(), Math.max(0, error.column() - 1)));
            }
        });
        errorLine.getStyleClass().add("query-error");
        errorLine.setVisible(false);
        errorLine.setManaged(false);

        // While the completion list shows, the query is being composed: it runs on Enter or once the list closes.
        typingPause.setOnFinished(e -> {
            if (!suggestions.isShowing()) {
                apply(false);
            }
        });
        field.textProperty().addListener((obs, old, text) -> typingPause.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                apply(true);
            } else if (e.getCode() == KeyCode.UP) {
                recall(history.previous(field.getText()));
            } else if (e.getCode() == KeyCode.DOWN) {
                recall(history.next());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(model.getRequest().query());
            } else {
                return;
            }
            e.consume();
        });
        model.queryErrorProperty().addListener((obs, old, error) -> showError(error));
        model.queryRefusalProperty().addListener((obs, old, refusal) -> showRefusal(refusal));
        model.requestProperty().addListener((obs, old, request) -> {
            if (!request.query().equals(field.getText()) && !field.isFocused()) {
                field.setText(request.query());
            }
        });

        model.dataProperty().addListener((obs, old, data) -> newSuggester());
        model.fieldInventoryProperty().addListener((obs, old, inventory) -> newSuggester());

        HBox line = new HBox(6, field, helpButton);
        line.getStyleClass().add("query-line");
        getChildren().addAll(line, errorLine);
    }

    /** Puts the keyboard focus in the query field with its text selected. */
    public void focusQuery() {
        field.requestFocus();
        field.selectAll();
    }

    /** Shows the help popover under the field. */
    public void showHelp() {
        if (!help.isShowing()) {
            // Anchored on the button, not the field, so the popover does not inherit the field's monospace font.
            help.show(helpButton);
        }
    }

    /** The text field, for tests. */
    public CustomTextField field() {
        return field;
    }

    /** The completion list under the field, for tests. */
    public javafx.scene.control.ListView<Suggestion> suggestionList() {
        return suggestions.list();
    }

    /** Whether the completion list shows. */
    public boolean suggestionsShowing() {
        return suggestions.isShowing();
    }

    // Values come from the engine's counts over all loaded events, JSON paths (and their values, where few) from
    // the Fields list's inventory once it is read; the first use of each field is computed ahead in the background.
    private void newSuggester() {
        LoadedData data = model.getData();
        if (data == null) {
            suggestions.setSuggester(null);
            return;
        }
        FieldInventory inventory = model.fieldInventoryProperty().get();
        SelectionBackend backend = data.backend();
        QuerySuggester suggester = new QuerySuggester(
                f -> backend.countsOfAll(f).or(() -> inventory == null ? Optional.empty() : inventory.values(f)),
                () -> inventory == null ? List.of() : inventory.paths());
        suggestions.setSuggester(suggester);
        runner.start(new Task<Void>() {
            @Override
            protected Void call() {
                suggester.prepare();
                return null;
            }
        });
    }

    /** Queries applied with Enter, oldest first. */
    public java.util.List<String> historyEntries() {
        return history.entries();
    }

    private void recall(String query) {
        if (query != null) {
            field.setText(query);
            field.positionCaret(query.length());
            typingPause.stop();
        }
    }

    private void apply(boolean remember) {
        typingPause.stop();
        String text = field.getText();
        if (remember) {
            history.add(text);
        }
        if (!text.equals(model.getRequest().query())) {
            model.updateRequest(r -> r.withQuery(text));
        }
    }

    private void showError(QuerySyntaxException error) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
        echo.getChildren().clear();
        errorLine.setVisible(error != null);
        errorLine.setManaged(error != null);
        if (error == null) {
            return;
        }
        String query = model.getRequest().query();
        int at = Math.max(0, Math.min(query.length(), error.column() - 1));
        Text before = new Text(query.substring(0, at));
        Text marked = new Text(at < query.length() ? query.substring(at, at + 1) : " ");
        Text after = new Text(at < query.length() ? query.substring(at + 1) : "");
        before.getStyleClass().add("query-echo");
        after.getStyleClass().add("query-echo");
        marked.getStyleClass().addAll("query-echo", "query-error-mark");
        marked.setUnderline(true);
        echo.getChildren().addAll(before, marked, after);
        errorMessage.setText(error.getMessage());
    }

    // A refused term parses, so nothing is underlined: the line says what the engine cannot run.
    private void showRefusal(String refusal) {
        if (model.queryErrorProperty().get() != null) {
            return;
        }
        field.pseudoClassStateChanged(Styles.STATE_DANGER, refusal != null);
        echo.getChildren().clear();
        errorLine.setVisible(refusal != null);
        errorLine.setManaged(refusal != null);
        errorMessage.setText(refusal == null ? "" : refusal);
    }
}
