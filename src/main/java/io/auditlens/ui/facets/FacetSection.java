package io.auditlens.ui.facets;

import io.auditlens.engine.SelectionResult;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import atlantafx.base.controls.Spacer;
import io.auditlens.query.FacetCounts;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One facet of the sidebar: a collapsible heading with a Clear link, and a check box per value with the engine's
 * disjunctive count. Ranked facets (initiator, namespace) show their top values and a search instead of all.
 */
final class FacetSection extends VBox {

    private static final int TOP = 8;
    private static final int SEARCH_LIMIT = 40;

    private final Facet facet;
    private final ExplorerModel model;
    private final TaskRunner runner;
    private final VBox options = new VBox(1);
    private final Hyperlink clear = new Hyperlink("Clear");
    private final Label title;
    private final TextField search = new TextField();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(200));
    private final FacetValueMenu valueMenu;
    private final Map<String, FacetOptionRow> rows = new LinkedHashMap<>();
    private final Map<FacetOptionRow, List<String>> groups = new LinkedHashMap<>();
    private List<String> searchMatches = List.of();
    private Task<List<String>> searching;
    private final javafx.beans.value.ChangeListener<Object> onData = (obs, old, now) -> rebuild();
    private final javafx.beans.value.ChangeListener<Object> onResult = (obs, old, now) -> countsChanged();
    private final javafx.beans.value.ChangeListener<Object> onRequest = (obs, old, now) -> syncChecks();

    FacetSection(Facet facet, ExplorerModel model, TaskRunner runner) {
        this(facet, model, runner, null);
    }

    /** A section; one with {@code remove} (a facet the user added) has a button that calls it. */
    FacetSection(Facet facet, ExplorerModel model, TaskRunner runner, Runnable remove) {
        this.facet = facet;
        this.model = model;
        this.runner = runner;
        this.valueMenu = new FacetValueMenu(facet, model);
        setId("facet-" + (facet instanceof BuiltInFacet b ? b.name() : facet.key()).toLowerCase(Locale.ROOT));
        getStyleClass().add("facet-section");
        title = new Label(facet.label(), new FontIcon(MaterialDesignC.CHEVRON_DOWN));
        title.getStyleClass().add("facet-title");
        title.setOnMouseClicked(e -> toggleCollapsed());
        clear.getStyleClass().add("facet-clear");
        clear.setOnAction(e -> model.updateRequest(r -> r.withPicks(facet, Set.of())));
        HBox header = new HBox(title, new Spacer(), clear);
        if (remove != null) {
            javafx.scene.control.Button close = new javafx.scene.control.Button(null,
                    new FontIcon(MaterialDesignC.CLOSE));
            close.getStyleClass().addAll("flat", "small", "button-icon", "facet-remove");
            close.setTooltip(new javafx.scene.control.Tooltip("Remove this facet and its picks"));
            close.setOnAction(e -> remove.run());
            header.getChildren().add(close);
            title.setTooltip(new javafx.scene.control.Tooltip(facet.label()));
        }
        header.getStyleClass().add("facet-header");
        options.getStyleClass().add("facet-options");
        getChildren().add(header);
        if (FacetLayout.isRanked(facet)) {
            search.setPromptText(facet instanceof BuiltInFacet
                    ? "Search " + facet.label().toLowerCase(Locale.ROOT) + "s" : "Search values");
            search.getStyleClass().add("facet-search");
            search.textProperty().addListener((obs, old, text) -> searchPause.playFromStart());
            searchPause.setOnFinished(e -> runSearch());
            getChildren().add(search);
        }
        getChildren().add(options);
        model.dataProperty().addListener(onData);
        model.resultProperty().addListener(onResult);
        model.requestProperty().addListener(onRequest);
        rebuild();
    }

    /** Stops following the model: for a section taken out of the sidebar. */
    void dispose() {
        model.dataProperty().removeListener(onData);
        model.resultProperty().removeListener(onResult);
        model.requestProperty().removeListener(onRequest);
        if (searching != null) {
            searching.cancel(false);
        }
    }

    Facet facet() {
        return facet;
    }

    /** The row of a value, for tests; null when the value is not shown. */
    FacetOptionRow row(String value) {
        return rows.get(value);
    }

    private void toggleCollapsed() {
        boolean show = !options.isVisible();
        options.setVisible(show);
        options.setManaged(show);
        search.setVisible(show && FacetLayout.isRanked(facet));
        search.setManaged(search.isVisible());
        ((FontIcon) title.getGraphic()).setIconCode(show ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_RIGHT);
    }

    private void rebuild() {
        rows.clear();
        groups.clear();
        options.getChildren().clear();
        LoadedData data = model.getData();
        setVisible(data != null);
        setManaged(data != null);
        if (data == null) {
            return;
        }
        if (FacetLayout.isRanked(facet)) {
            rebuildRanked();
            return;
        }
        for (FacetLayout.Group group : FacetLayout.arrange(facet, data.values(facet))) {
            if (group.label() != null) {
                List<String> values = group.options().stream().map(FacetLayout.Option::value).toList();
                FacetOptionRow heading = new FacetOptionRow(group.label(), null, true, on -> pickAll(values, on));
                groups.put(heading, values);
                options.getChildren().add(heading);
            }
            for (FacetLayout.Option option : group.options()) {
                addRow(option, group.label() != null);
            }
        }
        countsChanged();
        syncChecks();
    }

    private void addRow(FacetLayout.Option option, boolean indented) {
        FacetOptionRow row = new FacetOptionRow(option.label(), option.tooltip(), false,
                on -> model.updateRequest(r -> r.withPick(facet, option.value(), on)));
        if (indented) {
            row.getStyleClass().add("indented");
        }
        valueMenu.attach(row, option.value());
        rows.put(option.value(), row);
        options.getChildren().add(row);
    }

    // Ranked facets: the picked values first, then the search matches or the top values by count.
    private void rebuildRanked() {
        rows.clear();
        options.getChildren().clear();
        Set<String> shown = new LinkedHashSet<>(model.getRequest().picks(facet));
        if (!search.getText().isBlank()) {
            shown.addAll(searchMatches);
        } else {
            SelectionResult result = model.getResult();
            List<FacetCounts.Entry> entries = result == null ? List.of() : result.entries(facet);
            entries.stream().limit(TOP).forEach(e -> shown.add(e.value()));
        }
        shown.forEach(value -> addRow(FacetLayout.plain(value), false));
        int available = search.getText().isBlank() ? entryCount() : searchMatches.size();
        boolean counting = model.getResult() != null && model.getResult().count(facet, "") < 0;
        String note = counting ? "Counting…" : shown.isEmpty() ? (search.getText().isBlank() ? "No values" : "No match")
                : available > rows.size() ? "Top " + rows.size() + " of " + available + "; search for others" : "";
        if (!note.isEmpty()) {
            Label none = new Label(note);
            none.getStyleClass().add("facet-none");
            options.getChildren().add(none);
        }
        updateCounts();
        syncChecks();
    }

    private int entryCount() {
        SelectionResult result = model.getResult();
        return result == null ? 0 : result.entries(facet).size();
    }

    // Searching every initiator of a large export is a scan, so it runs in a Task.
    private void runSearch() {
        if (searching != null) {
            searching.cancel(false);
        }
        LoadedData data = model.getData();
        String needle = search.getText().strip().toLowerCase(Locale.ROOT);
        if (data == null || needle.isEmpty()) {
            searchMatches = List.of();
            rebuildRanked();
            return;
        }
        SelectionResult shown = model.getResult();
        List<String> values = !data.values(facet).isEmpty() || shown == null ? data.values(facet)
                : shown.entries(facet).stream().map(FacetCounts.Entry::value).toList();
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() {
                List<String> found = new ArrayList<>();
                for (String v : values) {
                    if (v.toLowerCase(Locale.ROOT).contains(needle)) {
                        found.add(v);
                        if (found.size() == SEARCH_LIMIT) {
                            break;
                        }
                    }
                }
                return found;
            }
        };
        task.setOnSucceeded(e -> {
            if (task == searching) {
                searchMatches = task.getValue();
                rebuildRanked();
            }
        });
        searching = runner.start(task);
    }

    private void pickAll(List<String> values, boolean on) {
        model.updateRequest(r -> {
            Set<String> picks = new LinkedHashSet<>(r.picks(facet));
            if (on) {
                picks.addAll(values);
            } else {
                values.forEach(picks::remove);
            }
            return r.withPicks(facet, picks);
        });
    }

    private void countsChanged() {
        if (FacetLayout.isRanked(facet) && model.getData() != null) {
            rebuildRanked();
        } else {
            updateCounts();
        }
    }

    private void updateCounts() {
        SelectionResult result = model.getResult();
        rows.forEach((value, row) -> row.setCount(result == null ? -1 : result.count(facet, value)));
        groups.forEach((heading, values) -> {
            long sum = 0;
            for (String v : values) {
                long c = result == null ? -1 : result.count(facet, v);
                if (c < 0) {
                    sum = -1;
                    break;
                }
                sum += c;
            }
            heading.setCount(sum);
            // A group without events under the current selection folds to its heading, unless something in it
            // is picked, so the values that can still match stay in view.
            Set<String> picks = model.getRequest().picks(facet);
            boolean show = sum != 0 || values.stream().anyMatch(picks::contains);
            for (String v : values) {
                FacetOptionRow row = rows.get(v);
                row.setVisible(show);
                row.setManaged(show);
            }
        });
    }

    private void syncChecks() {
        Set<String> picks = model.getRequest().picks(facet);
        rows.forEach((value, row) -> row.setChecked(picks.contains(value), false));
        groups.forEach((heading, values) -> {
            long picked = values.stream().filter(picks::contains).count();
            heading.setChecked(picked == values.size(), picked > 0 && picked < values.size());
        });
        clear.setVisible(!picks.isEmpty());
    }
}
