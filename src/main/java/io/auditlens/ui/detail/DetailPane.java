package io.auditlens.ui.detail;

import io.auditlens.task.FailureReason;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.IndexColumn;
import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.detail.EventDetail;
import io.auditlens.detail.EventDetailReader;
import io.auditlens.detail.EventHeadline;
import io.auditlens.query.RowAnnotations;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import atlantafx.base.theme.Styles;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;

/**
 * Shows the selected event: a sentence in plain words, initiator and target, the requestData and responseData
 * trees with IBM's custom fields explained, and the raw JSON. The event is read from disk in a Task.
 */
public final class DetailPane extends VBox {

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final EventDetailReader reader = new EventDetailReader();
    private final Label headline = new Label();
    private final Label when = new Label();
    private final FieldGrid initiator = new FieldGrid("Initiator");
    private final FieldGrid target = new FieldGrid("Target");
    private final JsonTreeView request;
    private final JsonTreeView response;
    private final TextArea rawJson = new TextArea();
    private final TabPane tabs = new TabPane();
    private final Label placeholder = new Label();
    // A flow, not a row: at the default width the three buttons do not fit side by side and would be cut to "…".
    private final FlowPane actions = new FlowPane(6, 6);
    private final Label evidence = new Label();
    private Task<EventDetail> reading;
    private EventDetail shown;

    public DetailPane(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        this.request = new JsonTreeView("requestTree", "Request data", model);
        this.response = new JsonTreeView("responseTree", "Response data", model);
        setId("detailPane");
        getStyleClass().add("detail-pane");
        headline.setId("detailHeadline");
        headline.getStyleClass().add("detail-headline");
        headline.setWrapText(true);
        when.getStyleClass().add("detail-when");
        rawJson.setId("rawJson");
        rawJson.setEditable(false);
        rawJson.getStyleClass().add("raw-json");

        // One scrolling column: each section is as tall as its content, so nothing scrolls inside a section.
        VBox event = new VBox(14, request, response, initiator, target);
        event.setPadding(new Insets(8, 10, 12, 10));
        ScrollPane scroll = new ScrollPane(event);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab eventTab = new Tab("Event", scroll);
        Tab rawTab = new Tab("Raw JSON", rawTab());
        tabs.getTabs().addAll(eventTab, rawTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        actions.getStyleClass().add("detail-actions");
        Button surrounding = new Button("Surrounding", new FontIcon(MaterialDesignA.ARROW_EXPAND_VERTICAL));
        surrounding.setId("surroundingButton");
        surrounding.getStyleClass().add(Styles.SMALL);
        surrounding.setTooltip(new Tooltip(
                "The events just before and after this one, whatever the filters (Ctrl+Shift+A)"));
        surrounding.setOnAction(e -> model.showSurrounding(model.selectedRowProperty().get()));
        // A disabled button shows no tooltip, so the reason it is disabled hangs on a holder around it.
        StackPane surroundingHolder = new StackPane(surrounding);
        surroundingHolder.setId("surroundingHolder");
        surrounding.disableProperty().bind(model.surroundingRefusalProperty().map(r -> true).orElse(false));
        Tooltip why = new Tooltip();
        model.surroundingRefusalProperty().subscribe(refusal -> {
            if (refusal == null) {
                Tooltip.uninstall(surroundingHolder, why);
            } else {
                why.setText(refusal);
                Tooltip.install(surroundingHolder, why);
            }
        });
        surroundingHolder.visibleProperty().bind(tabs.visibleProperty());
        surroundingHolder.managedProperty().bind(surroundingHolder.visibleProperty());
        actions.getChildren().add(surroundingHolder);
        evidence.setId("detailLabels");
        evidence.getStyleClass().add("detail-labels");
        evidence.setWrapText(true);
        VBox header = new VBox(2, headline, when, evidence, actions);
        header.getStyleClass().add("detail-header");
        placeholder.getStyleClass().add("detail-placeholder");
        placeholder.setWrapText(true);
        StackPane body = new StackPane(tabs, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
        model.selectedRowProperty().addListener((obs, old, row) -> select(row.intValue()));
        model.selectedArchiveRowProperty().addListener((obs, old, archived) -> {
            if (archived != null) {
                showArchived(archived);
            }
        });
        model.dataProperty().addListener((obs, old, data) -> select(-1));
        model.annotationsProperty().addListener((obs, old, annotations) -> describeEvidence());
        model.timeDisplayProperty().addListener((obs, old, display) -> select(model.selectedRowProperty().get()));
        select(-1);
    }

    /** Adds a control under the headline, such as a button that opens more about the shown event. */
    public void addHeaderAction(javafx.scene.Node action) {
        actions.getChildren().add(action);
    }

    /** The requestData tree, for tests. */
    public JsonTreeView requestTree() {
        return request;
    }

    /** The responseData tree, for tests. */
    public JsonTreeView responseTree() {
        return response;
    }

    /** The detail on screen, or null while none is. */
    public EventDetail shownDetail() {
        return shown;
    }

    private VBox rawTab() {
        Button copyPretty = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copyPretty.setOnAction(e -> EventClipboard.copy(rawJson.getText()));
        Button copyOriginal = new Button("Copy original text");
        copyOriginal.setOnAction(e -> {
            if (shown != null) {
                EventClipboard.copy(shown.originalJson());
            }
        });
        HBox bar = new HBox(8, copyPretty, copyOriginal);
        VBox box = new VBox(6, bar, rawJson);
        box.setPadding(new Insets(8));
        VBox.setVgrow(rawJson, Priority.ALWAYS);
        return box;
    }

    // The case's labels and note of the shown event, so that labelling it from here shows at once.
    private void describeEvidence() {
        int row = model.selectedRowProperty().get();
        LoadedData data = model.getData();
        RowAnnotations annotations = model.annotationsProperty().get();
        List<String> labels = data == null || row < 0 ? List.of() : annotations.labels(row);
        String note = data == null || row < 0 ? null : annotations.note(row);
        String text = (labels.isEmpty() ? "" : "Labels: " + String.join(", ", labels))
                + (note == null ? "" : (labels.isEmpty() ? "" : "  ·  ") + "Note: " + note.lines().findFirst()
                .orElse(""));
        evidence.setText(text);
        evidence.setVisible(!text.isEmpty());
        evidence.setManaged(!text.isEmpty());
    }

    private void select(int row) {
        describeEvidence();
        if (reading != null) {
            reading.cancel(false);
            reading = null;
        }
        LoadedData data = model.getData();
        if (data == null || row < 0 || row >= data.store().size()) {
            show(null);
            headline.setText("Event details");
            placeholder.setText(data == null ? "No events loaded"
                    : "Select an event in the table to see who did what, its request and response data, and its "
                    + "original JSON.");
            return;
        }
        EventStore store = data.store();
        RawEvents raw = data.raw();
        read(() -> reader.read(EventHeadline.describe(store.value(EventColumn.INITIATOR_NAME, row),
                store.value(EventColumn.ACTION, row), store.value(EventColumn.TARGET_NAME, row),
                store.value(EventColumn.REGION, row), store.value(EventColumn.OUTCOME, row)), raw.text(row)),
                store.time(row));
    }

    // Archive mode: the index keeps each event's original JSON text, so the detail is read from the page's row.
    private void showArchived(ArchiveRow event) {
        if (reading != null) {
            reading.cancel(false);
        }
        read(() -> reader.read(EventHeadline.describe(event.text(IndexColumn.INITIATOR_NAME),
                event.text(IndexColumn.ACTION), event.text(IndexColumn.TARGET_NAME), event.text(IndexColumn.REGION),
                event.text(IndexColumn.OUTCOME)), event.eventJson()), event.time());
    }

    private void read(java.util.concurrent.Callable<EventDetail> detail, long eventTime) {
        TimeDisplay times = model.timeDisplayProperty().get();
        headline.setText("Reading the event…");
        Task<EventDetail> task = new Task<>() {
            @Override
            protected EventDetail call() throws Exception {
                return detail.call();
            }
        };
        String time = times.format(eventTime) + " " + times.label();
        task.setOnSucceeded(e -> {
            if (task == reading) {
                show(task.getValue());
                when.setText(time);
            }
        });
        task.setOnFailed(e -> {
            if (task == reading) {
                show(null);
                headline.setText("Cannot show this event");
                placeholder.setText(FailureReason.of(task.getException()));
            }
        });
        reading = runner.start(task);
    }

    private void show(EventDetail detail) {
        shown = detail;
        when.setText("");
        tabs.setVisible(detail != null);
        placeholder.setVisible(detail == null);
        if (detail == null) {
            initiator.show(List.of());
            target.show(List.of());
            request.show(null);
            response.show(null);
            rawJson.clear();
            return;
        }
        headline.setText(detail.headline());
        initiator.show(detail.initiator());
        target.show(detail.target());
        request.show(detail.requestData());
        response.show(detail.responseData());
        rawJson.setText(detail.prettyJson());
    }
}
