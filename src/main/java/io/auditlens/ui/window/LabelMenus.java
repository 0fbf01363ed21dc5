package io.auditlens.ui.window;

import atlantafx.base.theme.Styles;
import io.auditlens.ui.detail.DetailPane;
import io.auditlens.ui.evidence.CaseEvidence;
import io.auditlens.ui.timeline.TimelinePanel;
import javafx.scene.control.MenuButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;

/**
 * Labels and notes from more places than the table: a Label menu in the detail pane for the event it shows, and
 * the context menu of a digest timeline's marks for the events of the mark. The case's items serve all three.
 */
final class LabelMenus {

    private LabelMenus() {
    }

    static void attach(ExplorerModel model, CaseEvidence evidence, DetailPane detail, TimelinePanel timeline) {
        MenuButton label = new MenuButton("Label", new FontIcon(MaterialDesignT.TAG_OUTLINE));
        label.setId("detailLabelButton");
        label.getStyleClass().add(Styles.SMALL);
        // Rebuilt as the shown event or the case changes, so its checks tell which labels the event carries.
        Runnable rebuild = () -> {
            int row = model.selectedRowProperty().get();
            label.getItems().setAll(evidence.itemsFor(row < 0 ? List.of() : List.of(row)));
        };
        model.selectedRowProperty().addListener(o -> rebuild.run());
        model.annotationsProperty().addListener(o -> rebuild.run());
        label.setOnShowing(e -> rebuild.run());
        rebuild.run();
        label.visibleProperty().bind(model.selectedRowProperty().greaterThanOrEqualTo(0));
        label.managedProperty().bind(label.visibleProperty());
        detail.addHeaderAction(label);
        timeline.setMarkMenu(evidence::itemsFor);
    }
}
