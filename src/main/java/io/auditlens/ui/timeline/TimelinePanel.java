package io.auditlens.ui.timeline;

import io.auditlens.task.FailureReason;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.DigestEvents;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ui.common.EventColours;
import io.auditlens.ui.common.LatestTask;
import io.auditlens.ui.common.TaskProgressView;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import atlantafx.base.theme.Styles;
import io.auditlens.query.RowAnnotations;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.TimelinePoint;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The timeline of one digest: the digest, its repositories, tags, first push, last pull and deletion above the
 * {@link TimelineCanvas}, and a legend below. It follows the selection (a region pick narrows it) unless "All
 * events of this digest" is on; each timeline is built in a Task, and a newer request drops an older answer. In
 * archive mode the digest's events come from the engine (with progress and Cancel) and a mark's event is shown in
 * the detail pane.
 */
public final class TimelinePanel extends VBox {

    private final ExplorerModel model;
    private final TimelineCanvas canvas;
    private final TextField digestField = new TextField();
    private final Label events = new Label();
    private final Label lifecycle = new Label();
    // A check box rather than a switch: its words are part of what can be clicked.
    private final CheckBox wholeDigest = new CheckBox("All events of this digest");
    private String digest;
    private TimelineMarks shown;
    private DigestEvents shownEvents;
    private final LatestTask<Drawn> building;
    private final TimelineMarkMenu markMenu;
    private final IntConsumer pickEvent;
    // Held here: the bindings of a progress view's listener are only weakly referenced by their sources.
    private final ObservableValue<Task<Drawn>> archiveBuilding;

    /** A timeline ready to draw and the events it was made from. */
    private record Drawn(TimelineMarks marks, DigestEvents events) {
    }

    /**
     * @param pickEvent told the store row of each mark clicked
     * @param close     hides the panel
     */
    public TimelinePanel(ExplorerModel model, TaskRunner runner, IntConsumer pickEvent, Runnable close) {
        this.model = model;
        this.canvas = new TimelineCanvas(model.timeDisplayProperty());
        this.building = new LatestTask<>(runner);
        this.pickEvent = pickEvent;
        setId("timelinePanel");
        getStyleClass().add("timeline-panel");
        canvas.setOnPick(this::pick);
        markMenu = new TimelineMarkMenu(model, canvas);
        canvas.setMarkMenu(rows -> markMenu.items(rows, List.of()));
        VBox.setVgrow(canvas, Priority.ALWAYS);

        digestField.setId("timelineDigest");
        digestField.setEditable(false);
        digestField.getStyleClass().add("sha-field");
        digestField.setPrefColumnCount(50);
        digestField.setMinWidth(80);
        HBox.setHgrow(digestField, Priority.ALWAYS);
        events.setId("timelineEvents");
        events.getStyleClass().add("timeline-scope");
        wholeDigest.setId("timelineAllEvents");
        wholeDigest.selectedProperty().addListener((obs, was, on) -> rebuild(false));
        Button fit = new Button("Fit", new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        fit.setId("timelineFit");
        fit.getStyleClass().add(Styles.SMALL);
        fit.setTooltip(new Tooltip("Show every event (Home)"));
        fit.setOnAction(e -> canvas.fit());
        fit.setMinWidth(USE_PREF_SIZE);
        Button closeButton = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        closeButton.setId("timelineClose");
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        closeButton.setTooltip(new Tooltip("Close the timeline"));
        closeButton.setOnAction(e -> close.run());
        Label title = new Label("Digest timeline", new FontIcon(MaterialDesignC.CHART_TIMELINE));
        title.getStyleClass().add("timeline-title");
        title.setMinWidth(USE_PREF_SIZE);
        HBox top = new HBox(8, title, digestField, fit, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        lifecycle.setId("timelineLifecycle");
        lifecycle.getStyleClass().add("timeline-lifecycle");
        lifecycle.setMinWidth(0);
        events.setMinWidth(USE_PREF_SIZE);
        wholeDigest.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(lifecycle, Priority.ALWAYS);
        HBox second = new HBox(12, lifecycle, events, wholeDigest);
        second.setAlignment(Pos.CENTER_LEFT);
        // In archive mode the digest's events are fetched from the engine: its progress and Cancel show meanwhile.
        archiveBuilding = building.runningWhen(model.dataProperty().map(LoadedData::archiveMode));
        TaskProgressView fetching = new TaskProgressView("timelineProgress", "timelineCancel", archiveBuilding,
                this::cancelBuilding);
        VBox header = new VBox(4, top, second, fetching);
        header.getStyleClass().add("timeline-header");
        getChildren().addAll(header, canvas, legend());

        model.resultProperty().addListener((obs, old, result) -> {
            if (!wholeDigest.isSelected()) {
                rebuild(true);
            }
        });
        // Following the selection, a new result follows every change of labels; all of the digest does not.
        model.annotationsProperty().addListener((obs, old, annotations) -> {
            if (wholeDigest.isSelected()) {
                rebuild(true);
            }
        });
        model.selectedRowProperty().addListener((obs, old, row) -> canvas.setSelectedRow(row.intValue()));
        // In archive mode the table's selected event is marked when the timeline holds it.
        model.selectedArchiveRowProperty().addListener((obs, old, row) -> {
            if (shownEvents != null && shownEvents.isArchived()) {
                canvas.setSelectedRow(row == null ? -1 : shownEvents.archived().indexOf(row));
            }
        });
        model.timeDisplayProperty().addListener((obs, old, display) -> describe());
    }

    /**
     * Offers, in the context menu of a mark, after its filter items and "Show surrounding events", the items
     * {@code menu} gives for the store rows of that mark's events (labels and the note, say).
     */
    public void setMarkMenu(Function<List<Integer>, List<MenuItem>> menu) {
        // Labels are put on the window's store rows; an archive-mode timeline's rows are its own.
        canvas.setMarkMenu(rows -> markMenu.items(rows, shownEvents != null && shownEvents.isArchived() ? List.of()
                : menu.apply(rows)));
    }

    /** Shows the timeline of a digest, fitted to its events. */
    public void open(String newDigest) {
        digest = newDigest;
        shown = null;
        digestField.setText(newDigest);
        events.setText("Building…");
        lifecycle.setText("");
        rebuild(false);
    }

    /** Stops following the selection and forgets the digest. */
    public void clear() {
        building.cancel();
        digest = null;
        shown = null;
        shownEvents = null;
    }

    /** The digest shown, or null. */
    public String digest() {
        return digest;
    }

    /** The timeline drawn now, or null while none is; for tests. */
    TimelineMarks shownMarks() {
        return shown;
    }

    /** The store row whose values the mark's last context menu offered, or -1; for tests. */
    int markMenuRow() {
        return markMenu.row();
    }

    /** The canvas, for tests and measurements. */
    TimelineCanvas canvas() {
        return canvas;
    }

    private void rebuild(boolean keepView) {
        LoadedData data = model.getData();
        SelectionResult result = model.getResult();
        boolean whole = wholeDigest.isSelected();
        if (digest == null || data == null || (!whole && result == null)) {
            building.cancel();
            return;
        }
        SelectionBackend backend = data.backend();
        String d = digest;
        RowAnnotations annotations = model.annotationsProperty().get();
        building.start((progress, cancel) -> {
            DigestEvents found = backend.digestEvents(d, whole ? null : result, cancel);
            // An archive-mode timeline has its own rows, which no case labels.
            return new Drawn(TimelineMarks.of(found.store(), d, found.scope(), whole,
                    found.isArchived() ? RowAnnotations.NONE : annotations), found);
        }, "Fetching the digest's events", drawn -> {
            shown = drawn.marks();
            shownEvents = drawn.events();
            canvas.show(shown, keepView);
            canvas.setSelectedRow(selectedMark());
            describe();
        }, error -> events.setText("Cannot build the timeline: " + FailureReason.of(error)));
    }

    // The timeline drawn before stays; without one, the panel says why it is empty.
    private void cancelBuilding() {
        building.cancel();
        if (shown == null) {
            events.setText("Cancelled");
        } else {
            describe();
        }
    }

    // A click on a mark selects its event: a store row of the window, or in archive mode the engine's row.
    private void pick(int row) {
        if (shownEvents != null && shownEvents.isArchived()) {
            canvas.setSelectedRow(row);
            model.selectedArchiveRowProperty().set(shownEvents.archivedRow(row));
        } else {
            pickEvent.accept(row);
        }
    }

    private int selectedMark() {
        if (shownEvents != null && shownEvents.isArchived()) {
            ArchiveRow selected = model.selectedArchiveRowProperty().get();
            return selected == null ? -1 : shownEvents.archived().indexOf(selected);
        }
        return model.selectedRowProperty().get();
    }

    private void describe() {
        if (shown == null) {
            return;
        }
        DigestTimeline tl = shown.timeline();
        String count = String.format("%,d %s", tl.size(), tl.size() == 1 ? "event" : "events");
        events.setText(shown.wholeDigest() ? count + ", all of this digest" : count + " in the selection");
        TimeDisplay times = model.timeDisplayProperty().get();
        StringBuilder text = new StringBuilder();
        append(text, "", String.join(", ", tl.repositories()));
        append(text, "tags ", String.join(", ", tl.tags()));
        append(text, "first push ", moment(tl.firstPush(), times));
        append(text, "last pull ", moment(tl.lastPull(), times));
        append(text, "deleted ", moment(tl.deletion(), times));
        if (!tl.isEmpty()) {
            append(text, "", "seen " + minutes(tl.firstSeen(), times) + " – " + minutes(tl.lastSeen(), times) + " "
                    + times.label());
        }
        lifecycle.setText(text.toString());
        lifecycle.setTooltip(new Tooltip(text.toString().replace("  ·  ", "\n")));
    }

    private static void append(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append(text.length() == 0 ? "" : "  ·  ").append(label).append(value);
        }
    }

    private static String moment(Optional<TimelinePoint> point, TimeDisplay times) {
        return point.map(p -> minutes(p.time(), times)).orElse("");
    }

    private static String minutes(long time, TimeDisplay times) {
        return times.format(time).substring(0, 16);
    }

    // A flow rather than a row, so that a narrow window wraps the legend instead of widening the panel.
    private static FlowPane legend() {
        FlowPane legend = new FlowPane(14, 2);
        legend.getStyleClass().add("timeline-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(
                swatch("success", EventColours.outcome("success")),
                swatch("failure", EventColours.outcome("failure")),
                swatch("pending", EventColours.outcome("pending")),
                swatch("other outcome", EventColours.outcome(null)),
                new Label("│"),
                swatch("status OK", EventColours.status("OK")),
                swatch("WARN", EventColours.status("WARN")),
                swatch("FAIL", EventColours.status("FAIL")),
                swatch("other status", EventColours.status(null)),
                new Label("│"),
                ring("labelled"),
                new Label("│"),
                new Label("Wheel zooms · drag pans · click a mark to select its event · right-click to filter or "
                        + "label by it"));
        return legend;
    }

    private static Node ring(String text) {
        javafx.scene.shape.Circle ring = new javafx.scene.shape.Circle(5, Color.TRANSPARENT);
        ring.setStroke(Color.web(io.auditlens.evidence.BuiltInLabels.EVIDENCE.colour()));
        ring.setStrokeWidth(2);
        Label label = new Label(text, ring);
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    private static Node swatch(String text, Color colour) {
        Label label = new Label(text, new Rectangle(10, 10, colour));
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }
}
