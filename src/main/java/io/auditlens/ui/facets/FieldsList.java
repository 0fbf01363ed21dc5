package io.auditlens.ui.facets;

import atlantafx.base.controls.Spacer;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.fields.FieldInventory;
import io.auditlens.fields.FieldStats;
import io.auditlens.query.Facet;
import io.auditlens.task.CancelSignal;
import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Fields list above the facets, folded at first: every field and JSON path of the loaded events with the share of events that
 * have it and its number of distinct values, read in a background task (progress, Cancel) after each load, and an
 * add button that makes a field a facet of the sidebar.
 */
final class FieldsList extends VBox {

    private static final int SHOWN = 40;

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final TextField search = new TextField();
    private final VBox rows = new VBox(1);
    private final HBox progressLine;
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Hyperlink again = new Hyperlink("List fields");
    private final List<Button> addButtons = new ArrayList<>();
    private final Label title = new Label("Fields", new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
    private final VBox body = new VBox(2);
    private Task<FieldInventory> scanning;
    private CancelSignal cancel;

    FieldsList(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        setId("fieldsList");
        getStyleClass().addAll("facet-section", "fields-list");
        title.setId("fieldsTitle");
        title.getStyleClass().add("facet-title");
        title.setOnMouseClicked(e -> setExpanded(!body.isVisible()));
        Hyperlink cancelLink = new Hyperlink("Cancel");
        cancelLink.setId("fieldsCancel");
        cancelLink.setOnAction(e -> stop());
        progress.setPrefWidth(90);
        progressLine = new HBox(6, progress, cancelLink);
        progressLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        again.setId("fieldsScan");
        again.setOnAction(e -> start());
        HBox header = new HBox(title, new Spacer(), progressLine, again);
        header.getStyleClass().add("facet-header");
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        search.setPromptText("Search fields and JSON paths");
        search.setId("fieldsSearch");
        search.getStyleClass().add("facet-search");
        search.textProperty().addListener((obs, old, text) -> showRows());
        status.getStyleClass().add("facet-none");
        status.setWrapText(true);
        body.getChildren().addAll(search, status, rows);
        getChildren().addAll(header, body);
        setExpanded(false);
        model.dataProperty().addListener((obs, old, data) -> start());
        model.fieldInventoryProperty().addListener((obs, old, inventory) -> showRows());
        model.requestProperty().addListener((obs, old, request) -> updateAddButtons());
        start();
    }

    /** The add button of a field's row, for tests; null when the row is not shown. */
    Button addButton(String name) {
        return addButtons.stream().filter(b -> name.equals(b.getUserData())).findFirst().orElse(null);
    }

    /** Shows or folds the list under its heading (folded at first: the facets come first). */
    void setExpanded(boolean expanded) {
        body.setVisible(expanded);
        body.setManaged(expanded);
        ((FontIcon) title.getGraphic()).setIconCode(expanded ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_RIGHT);
    }

    private void start() {
        stop();
        LoadedData data = model.getData();
        setVisible(data != null);
        setManaged(data != null);
        showRows();
        if (data == null) {
            return;
        }
        CancelSignal signal = new CancelSignal();
        SelectionBackend backend = data.backend();
        Task<FieldInventory> task = new Task<>() {
            @Override
            protected FieldInventory call() {
                return FieldInventory.scan(data.store(), data.raw(), backend::countsOfAll, this::updateProgress, signal);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == scanning && model.getData() == data) {
                scanning = null;
                model.fieldInventoryProperty().set(task.getValue());
                showProgress(false, "");
            }
        });
        task.setOnFailed(e -> {
            if (task == scanning) {
                scanning = null;
                showProgress(false, "The fields could not be listed: " + FailureReason.of(task.getException()));
            }
        });
        progress.progressProperty().bind(task.progressProperty());
        cancel = signal;
        scanning = runner.start(task);
        showProgress(true, "Reading every event for its fields…");
    }

    private void stop() {
        if (scanning != null) {
            cancel.cancel();
            scanning.cancel(false);
            scanning = null;
            showProgress(false, "Listing the fields was cancelled.");
        }
    }

    private void showProgress(boolean running, String message) {
        progressLine.setVisible(running);
        progressLine.setManaged(running);
        boolean offerAgain = !running && model.getData() != null && model.fieldInventoryProperty().get() == null;
        again.setVisible(offerAgain);
        again.setManaged(offerAgain);
        status.setText(message);
        status.setVisible(!message.isEmpty());
        status.setManaged(!message.isEmpty());
    }

    private void showRows() {
        rows.getChildren().clear();
        addButtons.clear();
        FieldInventory inventory = model.fieldInventoryProperty().get();
        search.setDisable(inventory == null);
        title.setText(inventory == null ? "Fields" : "Fields (" + inventory.fields().size() + ")");
        if (inventory == null) {
            return;
        }
        String needle = search.getText().strip().toLowerCase(Locale.ROOT);
        List<FieldStats> matching = inventory.fields().stream()
                .filter(f -> f.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        matching.stream().limit(SHOWN).forEach(f -> rows.getChildren().add(row(f, inventory.events())));
        if (matching.size() > SHOWN) {
            Label more = new Label((matching.size() - SHOWN) + " more; search to find them");
            more.getStyleClass().add("facet-none");
            rows.getChildren().add(more);
        } else if (matching.isEmpty()) {
            Label none = new Label("No field matches");
            none.getStyleClass().add("facet-none");
            rows.getChildren().add(none);
        }
        updateAddButtons();
    }

    private HBox row(FieldStats field, long total) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        Label name = new Label(field.name());
        name.getStyleClass().add("field-name");
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        // The end of a path names it best (initiator.host.agent), so a long one loses its start.
        name.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label share = new Label(share(field.events(), total));
        share.getStyleClass().add("facet-count");
        share.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label distinct = new Label((field.distinctEstimated() ? "≈" : "") + n.format(field.distinct()));
        distinct.getStyleClass().addAll("facet-count", "field-distinct");
        distinct.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        add.getStyleClass().addAll("flat", "small", "button-icon", "field-add");
        add.setUserData(field.name());
        add.setOnAction(e -> field.facet().ifPresent(this::addFacet));
        addButtons.add(add);
        HBox row = new HBox(4, name, share, distinct, add);
        row.getStyleClass().add("field-row");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Tooltip.install(row, new Tooltip(field.name() + "\nin " + n.format(field.events()) + " of " + n.format(total)
                + " events; " + (field.distinctEstimated() ? "about " : "") + n.format(field.distinct())
                + (field.distinct() == 1 ? " value" : " distinct values")
                + (field.facet().isPresent() ? "" : "\nA top-level key: not a facet")));
        return row;
    }

    private static String share(long events, long total) {
        if (total == 0) {
            return "";
        }
        double pct = 100.0 * events / total;
        return pct > 0 && pct < 1 ? "<1%" : String.format(Locale.ROOT, "%.0f%%", pct);
    }

    private void addFacet(Facet facet) {
        model.updateRequest(r -> {
            List<Facet> added = new ArrayList<>(r.addedFacets());
            added.add(facet);
            return r.withAddedFacets(added);
        });
    }

    private void updateAddButtons() {
        var request = model.getRequest();
        for (Button b : addButtons) {
            var facet = Facet.byKey((String) b.getUserData());
            boolean shown = facet.isPresent() && (SelectionBackend.FACETS.contains(facet.get())
                    || request.extraFacets().contains(facet.get()));
            b.setDisable(facet.isEmpty() || shown);
            b.setTooltip(new Tooltip(facet.isEmpty() ? "Not a facet" : shown ? "Shown as a facet"
                    : "Add as a facet"));
        }
    }
}
