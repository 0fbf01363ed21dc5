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

/** The facet sidebar: one {@link FacetSection} per facet and a Clear all button. */
public final class FacetSidebar extends VBox {

    private final Map<Facet, FacetSection> sections = new LinkedHashMap<>();
    private final LabelsSection labels;

    public FacetSidebar(ExplorerModel model, TaskRunner runner) {
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
        FacetOptionRow row = sections.get(facet).row(value);
        return row == null ? null : row.checkBox();
    }
}
