package io.auditlens.ui.window;

import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.IndexColumn;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.detail.DetailPane;
import io.auditlens.ui.digests.DigestListPanel;
import io.auditlens.ui.findings.FindingsPanel;
import io.auditlens.ui.histogram.HistogramView;
import io.auditlens.ui.table.EventTable;
import io.auditlens.ui.timeline.TimelinePanel;
import atlantafx.base.theme.Styles;
import io.auditlens.store.EventColumn;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The centre of the window: the histogram over the Events, Digests and Findings tabs, and under them a digest's timeline
 * once one is opened. Timelines open from the detail pane's button, the table's context menu and the Digests
 * list; clicking a mark selects its event in the table and the detail pane.
 */
public final class DigestWorkspace extends SplitPane {

    private final EventTable table;
    private final TabPane tabs = new TabPane();
    private final Tab eventsTab;
    private final Tab digestsTab;
    private final DigestListPanel digestList;
    private final Tab findingsTab;
    private final FindingsPanel findings;
    private final TimelinePanel timeline;

    public DigestWorkspace(ExplorerModel model, TaskRunner runner, HistogramView histogram, EventTable table,
                           DetailPane detail, java.nio.file.Path configFolder) {
        this.table = table;
        this.digestList = new DigestListPanel(model, runner, this::openTimeline);
        this.timeline = new TimelinePanel(model, runner, this::selectEvent, this::closeTimeline);
        setId("centre");
        setOrientation(Orientation.VERTICAL);

        eventsTab = new Tab("Events", table);
        eventsTab.setId("eventsTab");
        digestsTab = new Tab("Digests", digestList);
        digestsTab.setId("digestsTab");
        findings = new FindingsPanel(model, runner, configFolder, this::openTimeline, this::selectEvent);
        findingsTab = new Tab("Findings", findings);
        findingsTab.setId("findingsTab");
        tabs.getTabs().addAll(eventsTab, digestsTab, findingsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("centre-tabs");
        digestsTab.selectedProperty().addListener((obs, was, selected) -> digestList.setShowing(selected));

        getItems().addAll(histogram, tabs);
        setDividerPositions(0.2);
        SplitPane.setResizableWithParent(histogram, false);

        // The selected event's digest: a store row's, or in archive mode the engine row's the detail pane shows.
        StringBinding selectedDigest = Bindings.createStringBinding(() -> {
            LoadedData data = model.getData();
            int row = model.selectedRowProperty().get();
            ArchiveRow archived = model.selectedArchiveRowProperty().get();
            if (data != null && data.archiveMode()) {
                return archived == null ? null : archived.text(IndexColumn.DIGEST);
            }
            return data == null || row < 0 || row >= data.store().size() ? null
                    : data.store().value(EventColumn.DIGEST, row);
        }, model.selectedRowProperty(), model.selectedArchiveRowProperty(), model.dataProperty());
        Button open = new Button("Digest timeline", new FontIcon(MaterialDesignC.CHART_TIMELINE));
        open.setId("openTimelineButton");
        open.getStyleClass().add(Styles.SMALL);
        open.visibleProperty().bind(selectedDigest.isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> openTimeline(selectedDigest.get()));
        detail.addHeaderAction(open);

        MenuItem menuItem = new MenuItem("Open digest timeline", new FontIcon(MaterialDesignC.CHART_TIMELINE));
        menuItem.setId("openTimelineMenuItem");
        menuItem.disableProperty().bind(selectedDigest.isNull());
        menuItem.setOnAction(e -> openTimeline(selectedDigest.get()));
        table.tableView().getContextMenu().getItems().addAll(new SeparatorMenuItem(), menuItem);

        // The surrounding events are listed in the table, which may be behind another tab (a timeline mark asks).
        model.surroundingAnchorProperty().addListener((obs, old, row) -> {
            if (row.intValue() >= 0) {
                tabs.getSelectionModel().select(eventsTab);
            }
        });
        // A digest of the old data may not exist in the new.
        model.dataProperty().addListener((obs, old, data) -> closeTimeline());
    }

    /** Shows the timeline of a digest under the tabs. */
    public void openTimeline(String digest) {
        if (digest == null) {
            return;
        }
        if (!getItems().contains(timeline)) {
            getItems().add(timeline);
            setDividerPositions(0.14, 0.5);
        }
        timeline.open(digest);
    }

    /** The timeline panel, shown or not. */
    public TimelinePanel timeline() {
        return timeline;
    }

    /** The Digests tab's content. */
    public DigestListPanel digestList() {
        return digestList;
    }

    /** The Findings tab's content. */
    public FindingsPanel findings() {
        return findings;
    }

    /** Brings the Findings tab to the front. */
    public void showFindings() {
        tabs.getSelectionModel().select(findingsTab);
    }

    /** Brings the Digests tab to the front. */
    public void showDigests() {
        tabs.getSelectionModel().select(digestsTab);
    }

    private void closeTimeline() {
        timeline.clear();
        if (getItems().remove(timeline)) {
            setDividerPositions(0.2);
        }
    }

    // The table comes to the front so that the user sees the event the mark stands for.
    private void selectEvent(int row) {
        tabs.getSelectionModel().select(eventsTab);
        table.selectRow(row);
    }
}
