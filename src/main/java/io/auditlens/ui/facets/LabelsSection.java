package io.auditlens.ui.facets;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.query.FilterTerms;
import io.auditlens.query.QueryNode;
import io.auditlens.ui.common.LabelSwatch;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels facet: each label of the open case that loaded events carry, in its colour, with how many loaded events
 * carry it. Labels live in the case rather than in the store's columns, so a check here is the query term
 * {@code label:NAME} (added to the query, or taken out of it), and the count is that term's count over all the
 * loaded events.
 */
final class LabelsSection extends VBox {

    private final ExplorerModel model;
    private final VBox options = new VBox(1);
    private final Map<String, FacetOptionRow> rows = new LinkedHashMap<>();

    LabelsSection(ExplorerModel model) {
        this.model = model;
        setId("facet-labels");
        getStyleClass().addAll("facet-section", "labels-facet");
        Label title = new Label("Labels", new FontIcon(MaterialDesignC.CHEVRON_DOWN));
        title.getStyleClass().add("facet-title");
        title.setOnMouseClicked(e -> {
            boolean show = !options.isVisible();
            options.setVisible(show);
            options.setManaged(show);
            ((FontIcon) title.getGraphic()).setIconCode(show ? MaterialDesignC.CHEVRON_DOWN
                    : MaterialDesignC.CHEVRON_RIGHT);
        });
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(title);
        header.getStyleClass().add("facet-header");
        options.getStyleClass().add("facet-options");
        getChildren().addAll(header, options);
        model.annotationsProperty().addListener((obs, old, evidence) -> rebuild());
        model.requestProperty().addListener((obs, old, request) -> syncChecks());
        rebuild();
    }

    /** The row of a label, for tests; null when the label is not shown. */
    FacetOptionRow row(String label) {
        return rows.get(label);
    }

    private void rebuild() {
        rows.clear();
        options.getChildren().clear();
        RowEvidence evidence = model.annotationsProperty().get();
        List<RowEvidence.LabelCount> counts = evidence.counts().stream()
                .filter(c -> c.events() > 0 || checked(c.label().name())).toList();
        for (RowEvidence.LabelCount count : counts) {
            String name = count.label().name();
            FacetOptionRow row = new FacetOptionRow(name, "Events carrying the label " + name
                    + " (the query term label:" + name + ")", false, on -> pick(name, on));
            row.checkBox().setGraphic(LabelSwatch.of(count.label().colour()));
            row.setCount(count.events());
            rows.put(name, row);
            options.getChildren().add(row);
        }
        setVisible(!rows.isEmpty());
        setManaged(!rows.isEmpty());
        syncChecks();
    }

    private void pick(String label, boolean on) {
        QueryNode term = FilterTerms.forLabel(label);
        model.updateRequest(r -> r.withQuery(on ? FilterTerms.added(r.query(), term, false)
                : FilterTerms.without(r.query(), term)));
    }

    private boolean checked(String label) {
        return FilterTerms.narrowsBy(model.getRequest().query(), FilterTerms.forLabel(label));
    }

    private void syncChecks() {
        rows.forEach((label, row) -> row.setChecked(checked(label), false));
    }
}
