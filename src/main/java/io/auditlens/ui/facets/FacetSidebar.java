package io.auditlens.ui.facets;

import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.query.Facet;
import atlantafx.base.controls.Spacer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import io.auditlens.engine.SelectionBackend;
import io.auditlens.query.TimeRange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet sidebar: one {@link FacetSection} per built-in facet, one per facet the user added (or a view picks
 * in), the {@link FieldsList} of every field, and a Clear all button.
 */
public final class FacetSidebar extends VBox {

    private final Map<Facet, FacetSection> sections = new LinkedHashMap<>();
    private final Map<Facet, FacetSection> addedSections = new LinkedHashMap<>();
    private final VBox added = new VBox();
    private final FieldsList fields;
    private final ExplorerModel model;
    private final TaskRunner runner;
    private final LabelsSection labels;

    public FacetSidebar(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        setId("facetSidebar");
        getStyleClass().add("facet-sidebar");
        Label heading = new Label("Filters");
        heading.getStyleClass().add("sidebar-title");
        Button clearAll = new Button("Clear all", new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clearAll.setId("clearAllFacets");
        clearAll.getStyleClass().addAll("small", "flat");
        clearAll.setOnAction(e -> model.updateRequest(r -> r.withoutPicks().withRange(TimeRange.ALL)));
        clearAll.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.getRequest().picks().isEmpty() && model.getRequest().range().isAll(),
                model.requestProperty()));
        HBox header = new HBox(heading, new Spacer(), clearAll);
        header.getStyleClass().add("sidebar-header");
        VBox list = new VBox();
        list.getStyleClass().add("facet-list");
        labels = new LabelsSection(model);
        list.getChildren().add(labels);
        for (Facet facet : SelectionBackend.FACETS) {
            FacetSection section = new FacetSection(facet, model, runner);
            sections.put(facet, section);
            list.getChildren().add(section);
        }
        // The Fields list and the facets added from it come first, where an added facet is seen at once.
        fields = new FieldsList(model, runner);
        list.getChildren().addAll(0, List.of(fields, added));
        model.requestProperty().addListener((obs, old, request) -> syncAdded());
        syncAdded();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
    }

    /** The check box of a label in the labels facet, for tests; null when not shown. */
    public javafx.scene.control.CheckBox labelCheckBox(String label) {
        FacetOptionRow row = labels.row(label);
        return row == null ? null : row.checkBox();
    }

    /** The count shown beside a label in the labels facet, for tests; empty when not shown. */
    public String labelCount(String label) {
        FacetOptionRow row = labels.row(label);
        return row == null ? "" : row.countText();
    }

    /** The check box row of a facet value, for tests; null when not shown. */
    public javafx.scene.control.CheckBox checkBox(Facet facet, String value) {
        FacetSection section = sections.containsKey(facet) ? sections.get(facet) : addedSections.get(facet);
        FacetOptionRow row = section == null ? null : section.row(value);
        return row == null ? null : row.checkBox();
    }

    /** The facets shown beyond the built-in ones, in order. */
    public List<Facet> addedFacets() {
        return List.copyOf(addedSections.keySet());
    }

    /** Unfolds the Fields list (as a click on its heading does). */
    public void showFields() {
        fields.setExpanded(true);
    }

    /** The Fields list's add button for a field or JSON path, for tests; null when its row is not shown. */
    public Button addFieldButton(String name) {
        return fields.addButton(name);
    }

    // Sections follow the request: the facets it adds, then any other facet it picks in (as a saved view may).
    private void syncAdded() {
        List<Facet> wanted = model.getRequest().extraFacets();
        if (wanted.equals(List.copyOf(addedSections.keySet()))) {
            return;
        }
        Map<Facet, FacetSection> kept = new LinkedHashMap<>();
        for (Facet f : wanted) {
            FacetSection section = addedSections.remove(f);
            kept.put(f, section != null ? section : new FacetSection(f, model, runner, () -> remove(f)));
        }
        addedSections.values().forEach(FacetSection::dispose);
        addedSections.clear();
        addedSections.putAll(kept);
        added.getChildren().setAll(kept.values());
    }

    private void remove(Facet facet) {
        model.updateRequest(r -> {
            List<Facet> rest = new java.util.ArrayList<>(r.addedFacets());
            rest.remove(facet);
            return r.withPicks(facet, java.util.Set.of()).withAddedFacets(rest);
        });
    }
}
