package io.auditlens.ui.window;

import io.auditlens.engine.SelectionResult;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;

import io.auditlens.evidence.EventEvidence;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The status bar: matching and total events, files loaded, load time, engine time, and the time zone switch. */
public final class StatusBarView extends HBox {

    private final ExplorerModel model;
    private final Label events = new Label();
    private final Label files = new Label();
    private final Label loadTime = new Label();
    private final Label updateTime = new Label();
    private final Label caseName = new Label();
    private final Label notLoaded = new Label();
    private final Label message = new Label();

    public StatusBarView(ExplorerModel model, SelectionRefresher refresher) {
        this.model = model;
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        events.setId("statusEvents");
        files.setId("statusFiles");
        caseName.setId("statusCase");
        notLoaded.setId("statusNotLoaded");
        notLoaded.getStyleClass().add("status-warning");
        notLoaded.setTooltip(new Tooltip("Events the case labels or annotates whose content matches no loaded event; "
                + "they stay in the case and come back when their events are loaded."));
        message.setId("statusMessage");
        message.textProperty().bind(model.statusMessageProperty());
        ToggleSwitch localTime = new ToggleSwitch("Local time");
        localTime.setId("localTimeSwitch");
        localTime.selectedProperty().bindBidirectional(model.localTimeProperty());
        Label zone = new Label();
        zone.textProperty().bind(model.timeDisplayProperty().map(t -> "Times in " + t.label()));
        // Shown only while a query reads raw events from disk (JSON-path terms), which can take seconds.
        ProgressBar scan = new ProgressBar();
        scan.setPrefWidth(120);
        scan.setVisible(false);
        scan.managedProperty().bind(scan.visibleProperty()); // hidden, it leaves its width to the labels
        refresher.runningProperty().addListener((obs, old, task) -> {
            scan.progressProperty().unbind();
            scan.visibleProperty().unbind();
            if (task == null) {
                scan.setVisible(false);
            } else {
                scan.progressProperty().bind(task.progressProperty());
                scan.visibleProperty().bind(task.progressProperty().greaterThanOrEqualTo(0));
            }
        });
        // When the bar is too narrow (ten million events in archive mode at 1280 pixels), only the file count gives
        // way: the counts, the times, the case and the time zone keep their whole text.
        for (Label kept : List.of(events, loadTime, updateTime, caseName, zone)) {
            kept.setMinWidth(Region.USE_PREF_SIZE);
        }
        localTime.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(events, separator(), files, separator(), loadTime, separator(), updateTime, scan,
                separator(), caseName, notLoaded, message, new Spacer(), zone, localTime);
        model.caseNameProperty().addListener((obs, old, name) -> showCase());
        model.annotationsProperty().addListener((obs, old, rows) -> showCase());
        model.resultProperty().addListener((obs, old, result) -> model.statusMessageProperty().set(""));
        showCase();
        model.dataProperty().addListener((obs, old, data) -> update());
        model.resultProperty().addListener((obs, old, result) -> update());
        refresher.lastUpdateMillisProperty().addListener((obs, old, ms) ->
                updateTime.setText(ms.longValue() < 0 ? "" : "Updated in " + ms + " ms"));
        update();
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private void showCase() {
        String name = model.caseNameProperty().get();
        caseName.setText(name.isEmpty() ? "Unsaved case" : "Case: " + name);
        List<EventEvidence> missing = model.annotationsProperty().get().notLoaded();
        long labelled = missing.stream().filter(e -> !e.labels().isEmpty()).count();
        String what = labelled == missing.size() ? "labelled" : "labelled or annotated";
        notLoaded.setText(missing.isEmpty() ? "" : "· " + NumberFormat.getIntegerInstance().format(missing.size())
                + " " + what + (missing.size() == 1 ? " event" : " events") + " not in the loaded data");
        notLoaded.setManaged(!missing.isEmpty());
    }

    private void update() {
        NumberFormat n = NumberFormat.getIntegerInstance();
        LoadedData data = model.getData();
        SelectionResult result = model.getResult();
        if (data == null) {
            events.setText("No events loaded");
            files.setText("");
            loadTime.setText("");
            return;
        }
        if (data.archiveMode()) {
            showArchiveMode(data, result, n);
            return;
        }
        int total = data.store().size();
        int matching = result == null ? total : result.matching();
        events.setText(n.format(matching) + " of " + n.format(total) + " events");
        long loaded = data.files().stream().filter(f -> !f.failed()).count();
        int outside = data.report().filesOutsideWindow();
        files.setText((loaded == 1 ? "1 file" : n.format(loaded) + " files")
                + (outside == 0 ? "" : " · " + n.format(outside) + " outside the date range"));
        files.setTooltip(outside == 0 ? null : new Tooltip(data.report().leftOutSentence()));
        loadTime.setText(String.format(Locale.ROOT, "Loaded in %.1f s", data.loadNanos() / 1e9));
    }

    // Archive mode counts on the engine: no files were loaded, and the load time is the time to open the index.
    private void showArchiveMode(LoadedData data, SelectionResult result, NumberFormat n) {
        String counted = result == null ? "counting" : result.matching() == result.total()
                ? n.format(result.total()) + " events" : n.format(result.matching()) + " of " + n.format(result.total())
                + " events";
        events.setText("archive mode · " + counted + " · " + data.engineName());
        long partitions = data.files().stream().filter(f -> !f.failed()).count();
        files.setText(n.format(partitions) + (partitions == 1 ? " archive file" : " archive files") + " indexed");
        files.setTooltip(null);
        loadTime.setText(String.format(Locale.ROOT, "Opened in %.1f s", data.loadNanos() / 1e9));
    }
}
