package io.auditlens.ui.findings;

import io.auditlens.engine.ArchiveRow;
import io.auditlens.task.FailureReason;
import atlantafx.base.theme.Styles;
import io.auditlens.findings.Finding;
import io.auditlens.findings.Findings;
import io.auditlens.findings.FindingsSettings;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleProblem;
import io.auditlens.findings.RuleResult;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.ui.common.LatestTask;
import io.auditlens.ui.common.TaskProgressView;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The Findings tab: every rule with its severity and the number of findings in the selection's time range, the
 * selected rule's reason and findings, and the selected finding's events (a sequence's earlier and later event).
 * Rules run in the background after each load, over everything loaded (in archive mode, on the engine over the whole
 * index, with progress and Cancel); the time range only filters what is shown.
 * A finding keyed by a digest opens the digest's timeline from the Digest timeline button or a double-click;
 * double-click (or Enter) on an event shows it in the Events table and the detail pane (in archive mode, in the detail
 * pane).
 */
public final class FindingsPanel extends VBox {

    private final ExplorerModel model;
    private final Path configFolder;
    private final Consumer<String> openTimeline;
    private final ObservableList<RuleResult> rules = FXCollections.observableArrayList();
    private final ObservableList<Finding> hits = FXCollections.observableArrayList();
    private final ObservableList<Integer> events = FXCollections.observableArrayList();
    private final TableView<RuleResult> ruleTable = new TableView<>(rules);
    private final TableView<Finding> hitTable = new TableView<>(hits);
    private final TableView<Integer> eventTable = new TableView<>(events);
    private final Label status = new Label("No events loaded");
    private final Label why = new Label();
    private final javafx.scene.control.Button timelineButton = new javafx.scene.control.Button("Digest timeline");
    private final LatestTask<FoundEvents> running;
    private final LatestTask<ArchiveRow> opening;
    private final IntConsumer showEvent;
    private FoundEvents found = FoundEvents.none();

    public FindingsPanel(ExplorerModel model, TaskRunner runner, Path configFolder, Consumer<String> openTimeline,
                         IntConsumer showEvent) {
        this.model = model;
        this.configFolder = configFolder;
        this.openTimeline = openTimeline;
        this.running = new LatestTask<>(runner);
        this.opening = new LatestTask<>(runner);
        this.showEvent = showEvent;
        setId("findingsPanel");
        status.setId("findingsStatus");
        status.setWrapText(true);
        status.getStyleClass().add("findings-status");
        status.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        why.setId("findingsWhy");
        why.setWrapText(true);
        why.getStyleClass().add("findings-why");

        ruleTable.setId("findingsRules");
        ruleTable.getColumns().addAll(List.of(
                ruleColumn("Severity", 80, r -> r.rule().severity().id().toUpperCase(java.util.Locale.ROOT)),
                ruleColumn("Findings", 75, r -> String.format("%,d", r.hits().size())),
                ruleColumn("Rule", 330, r -> r.rule().title()),
                ruleColumn("Id", 200, r -> r.rule().id())));
        hitTable.setId("findingsHits");
        hitTable.getColumns().addAll(List.of(hitColumn("Key", 330, f -> f.key() == null ? "" : f.key()),
                hitColumn("First", 160, f -> time(f.first())), hitColumn("Last", 160, f -> time(f.last())),
                hitColumn("Events", 70, f -> Integer.toString(f.eventCount()))));
        eventTable.setId("findingsEvents");
        eventTable.getColumns().addAll(List.of(eventColumn("Time", 160, (s, row) -> time(s.time(row))),
                eventColumn("Action", 220, (s, row) -> s.value(EventColumn.ACTION, row)),
                eventColumn("Outcome", 80, (s, row) -> s.value(EventColumn.OUTCOME, row)),
                eventColumn("Status", 70, (s, row) -> s.value(EventColumn.STATUS, row)),
                eventColumn("Initiator", 180, (s, row) -> s.value(EventColumn.INITIATOR_NAME, row)),
                eventColumn("IP", 120, (s, row) -> s.value(EventColumn.IP, row)),
                eventColumn("Target", 320, (s, row) -> s.value(EventColumn.TARGET_NAME, row))));
        for (TableView<?> t : List.of(ruleTable, hitTable, eventTable)) {
            t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
            t.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        }
        ruleTable.setPlaceholder(new Label("No rules ran yet"));
        hitTable.setPlaceholder(new Label("Pick a rule to see its findings"));
        eventTable.setPlaceholder(new Label("Pick a finding to see its events"));

        ruleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, rule) -> showRule(rule));
        hitTable.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> showFinding(finding));
        eventTable.setRowFactory(t -> {
            TableRow<Integer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    show(row.getItem());
                }
            });
            return row;
        });
        eventTable.setOnKeyPressed(e -> {
            Integer selected = eventTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                show(selected);
                e.consume();
            }
        });

        timelineButton.setId("findingsTimelineButton");
        timelineButton.getStyleClass().add(Styles.SMALL);
        timelineButton.setDisable(true);
        timelineButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        timelineButton.setOnAction(e -> openDigestTimeline());
        hitTable.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openDigestTimeline();
                }
            });
            return row;
        });
        // A long reason scrolls in a few lines of its own rather than spilling over the rule table above it.
        javafx.scene.control.ScrollPane whyScroll = new javafx.scene.control.ScrollPane(why);
        whyScroll.setFitToWidth(true);
        whyScroll.setPrefViewportHeight(68);
        whyScroll.setMinHeight(56);
        whyScroll.getStyleClass().add("edge-to-edge");
        javafx.scene.layout.HBox.setHgrow(whyScroll, Priority.ALWAYS);
        javafx.scene.layout.HBox reason = new javafx.scene.layout.HBox(8, whyScroll, timelineButton);
        VBox detail = new VBox(4, reason, hitTable);
        VBox.setVgrow(hitTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(ruleTable, detail, eventTable);
        split.setOrientation(Orientation.VERTICAL);
        // The middle part holds the reason above the findings: room for a few findings, not just one, at 800 px high.
        split.setDividerPositions(0.3, 0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        // On an archive-mode engine the rules can take minutes: their progress and Cancel show while they run there.
        TaskProgressView progress = new TaskProgressView("findingsProgress", "findingsCancel",
                running.runningWhen(model.dataProperty().map(LoadedData::archiveMode)), this::stop);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, status, progress);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(top, split);

        model.dataProperty().addListener((obs, old, data) -> run(data));
        model.requestProperty().addListener((obs, old, request) -> {
            if (old == null || !old.range().equals(request.range())) {
                showRange();
            }
        });
        model.timeDisplayProperty().addListener((obs, old, display) -> {
            hitTable.refresh();
            eventTable.refresh();
        });
        run(model.getData());
    }

    /** The rules table, for tests. */
    public TableView<RuleResult> ruleTable() {
        return ruleTable;
    }

    /** The finding's events table, for tests. */
    public TableView<Integer> eventTable() {
        return eventTable;
    }

    private void run(LoadedData data) {
        running.cancel();
        opening.cancel();
        found.close();
        found = FoundEvents.none();
        rules.clear();
        if (data == null) {
            status.setText("No events loaded");
            return;
        }
        status.setText(data.archiveMode() ? "Running the rules on " + data.engineName() + " over the index…"
                : "Running the rules…");
        running.start((progress, cancel) -> {
            RuleCatalog catalog = RuleCatalog.forConfigFolder(configFolder);
            FindingsSettings settings = FindingsSettings.load(configFolder);
            javafx.application.Platform.runLater(() -> report(catalog, settings));
            return FoundEvents.run(data, catalog.rules(), settings.workingHours(), cancel);
        }, "Running the rules", answer -> {
            found = answer;
            showRange();
        }, error -> status.setText("The rules could not run: " + FailureReason.of(error)));
    }

    private void stop() {
        running.cancel();
        status.setText("The rules were stopped; open the data again to run them");
    }

    /** Shows a finding's event: in the Events table, or in archive mode in the detail pane. */
    private void show(int row) {
        if (!found.fromArchive()) {
            showEvent.accept(row);
            return;
        }
        // The event's text is read from the file the engine's events were written to: not on the JavaFX thread.
        FoundEvents from = found;
        opening.start(() -> from.archiveRow(row), model.selectedArchiveRowProperty()::set,
                error -> status.setText("The event cannot be shown: " + FailureReason.of(error)));
    }

    private void report(RuleCatalog catalog, FindingsSettings settings) {
        for (RuleProblem p : catalog.problems()) {
            model.settingsNotices().add(new Notice(Notice.Kind.WARNING, "A rule file was skipped", p.text(), false));
        }
        settings.warning().ifPresent(w -> model.settingsNotices().add(
                new Notice(Notice.Kind.WARNING, "Working hours not read", w, false)));
    }

    /** Shows the findings in the selection's time range, keeping the selected rule. */
    private void showRange() {
        if (found.findings().results().isEmpty()) {
            return;
        }
        Findings shown = found.findings().within(model.getRequest().range());
        String selected = ruleTable.getSelectionModel().getSelectedItem() == null ? null
                : ruleTable.getSelectionModel().getSelectedItem().rule().id();
        rules.setAll(shown.results());
        long withHits = shown.results().stream().filter(r -> !r.hits().isEmpty()).count();
        status.setText(String.format("%,d findings from %d of %d rules%s", shown.total(), withHits,
                shown.results().size(), model.getRequest().range().isAll() ? "" : " in the selected time range"));
        for (RuleResult r : rules) {
            if (r.rule().id().equals(selected)) {
                ruleTable.getSelectionModel().select(r);
            }
        }
    }

    private void showRule(RuleResult rule) {
        hits.setAll(rule == null ? List.of() : rule.hits());
        why.setText(rule == null ? "" : rule.rule().why());
        if (!hits.isEmpty()) {
            hitTable.getSelectionModel().select(0);
        }
    }

    private void showFinding(Finding finding) {
        if (finding == null) {
            events.clear();
            timelineButton.setDisable(true);
            return;
        }
        events.setAll(java.util.Arrays.stream(finding.rows()).boxed().toList());
        timelineButton.setDisable(digestOf(finding) == null);
    }

    /** Opens the timeline of the selected finding's digest, when its key is one. */
    private void openDigestTimeline() {
        String digest = digestOf(hitTable.getSelectionModel().getSelectedItem());
        if (digest != null) {
            openTimeline.accept(digest);
        }
    }

    private static String digestOf(Finding finding) {
        return finding != null && finding.key() != null && finding.key().startsWith("sha256:") ? finding.key() : null;
    }

    private String time(long millis) {
        return model.timeDisplayProperty().get().format(millis);
    }

    private static TableColumn<RuleResult, String> ruleColumn(String title, double width,
                                                              Function<RuleResult, String> value) {
        TableColumn<RuleResult, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<Finding, String> hitColumn(String title, double width, Function<Finding, String> value) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A column of an event's value, read from the store the findings point into. */
    private TableColumn<Integer, String> eventColumn(String title, double width, EventText value) {
        TableColumn<Integer, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            EventStore store = found.store();
            int row = cell.getValue();
            return new ReadOnlyObjectWrapper<>(row >= store.size() ? null : value.of(store, row));
        });
        return c;
    }

    /** The text of one event's value. */
    @FunctionalInterface
    private interface EventText {
        String of(EventStore store, int row);
    }
}
