package io.auditlens.ui.window;

import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.fields.FieldInventory;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.evidence.RowEvidence;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuItem;

import java.util.function.UnaryOperator;

/**
 * The window's state, shared by its panels: the loaded data, what the user asked to see, what the engine
 * answered, the selected event and display preferences. Touched on the JavaFX thread only.
 */
public final class ExplorerModel {

    /** The words a menu item adds to its name while {@link #surroundingRefusalProperty()} refuses. */
    public static final String NOT_IN_ARCHIVE_MODE = " (not in archive mode)";

    private final ObjectProperty<LoadedData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<LoadReport> lastLoadReport = new SimpleObjectProperty<>(this, "lastLoadReport",
            LoadReport.NONE);
    private final ObjectProperty<SelectionRequest> request = new SimpleObjectProperty<>(this, "request",
            SelectionRequest.ALL);
    private final ObjectProperty<SelectionResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<QuerySyntaxException> queryError = new SimpleObjectProperty<>(this, "queryError");
    private final ObjectProperty<String> queryRefusal = new SimpleObjectProperty<>(this, "queryRefusal");
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(this, "selectedRow", -1);
    private final ObjectProperty<ArchiveRow> selectedArchiveRow = new SimpleObjectProperty<>(this,
            "selectedArchiveRow");
    private final IntegerProperty surroundingAnchor = new SimpleIntegerProperty(this, "surroundingAnchor", -1);
    private final ObservableValue<String> surroundingRefusal = data.map(shown -> shown.archiveMode()
            ? "Surrounding events are found among loaded events; archive mode loads none (open the files with "
            + "File > Open to see them)" : null);
    private final BooleanProperty localTime = new SimpleBooleanProperty(this, "localTime", false);
    private final ObjectProperty<TimeDisplay> timeDisplay = new SimpleObjectProperty<>(this, "timeDisplay",
            TimeDisplay.UTC);

    private final ObjectProperty<FieldInventory> fieldInventory = new SimpleObjectProperty<>(this, "fieldInventory");
    private final ObjectProperty<RowEvidence> annotations = new SimpleObjectProperty<>(this, "annotations",
            RowEvidence.none());
    private final StringProperty caseName = new SimpleStringProperty(this, "caseName", "");
    private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "");
    private final ObservableList<Integer> selectedRows = FXCollections.observableArrayList();
    private final ObservableList<MenuItem> rowActions = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> settingsNotices = FXCollections.observableArrayList();

    public ExplorerModel() {
        localTime.addListener((obs, was, local) -> timeDisplay.set(local ? TimeDisplay.local() : TimeDisplay.UTC));
        data.addListener((obs, old, shown) -> fieldInventory.set(null));
    }

    /** The shown data; null before the first successful load. */
    public ObjectProperty<LoadedData> dataProperty() {
        return data;
    }

    /** The shown data; null before the first successful load. */
    public LoadedData getData() {
        return data.get();
    }

    /** What the user currently asks to see. */
    public SelectionRequest getRequest() {
        return request.get();
    }

    /** The engine's latest answer, or null. */
    public SelectionResult getResult() {
        return result.get();
    }

    /** The report of the most recent load, kept even when that load's data was not shown. */
    public ObjectProperty<LoadReport> lastLoadReportProperty() {
        return lastLoadReport;
    }

    public ObjectProperty<SelectionRequest> requestProperty() {
        return request;
    }

    /** Applies a change to the current request. */
    public void updateRequest(UnaryOperator<SelectionRequest> change) {
        request.set(change.apply(request.get()));
    }

    /** The engine's latest answer for the current data; null while none has arrived. */
    public ObjectProperty<SelectionResult> resultProperty() {
        return result;
    }

    /** The syntax error of the current query, or null. */
    public ObjectProperty<QuerySyntaxException> queryErrorProperty() {
        return queryError;
    }

    /**
     * Why the engine refused the current request although it parses (archive mode's SQL cannot run label or note
     * terms), in one line; null when it did not.
     */
    public ObjectProperty<String> queryRefusalProperty() {
        return queryRefusal;
    }

    /** In archive mode, the selected event as the engine returned it; null when none (or not in archive mode). */
    public ObjectProperty<ArchiveRow> selectedArchiveRowProperty() {
        return selectedArchiveRow;
    }

    /** Store row of the selected event, or -1. */
    public IntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    /**
     * Store row of the event whose surrounding events (the events just before and after it in time, whatever the
     * filters) the table shows instead of the selection; -1 while it shows the selection.
     */
    public IntegerProperty surroundingAnchorProperty() {
        return surroundingAnchor;
    }

    /**
     * Why "Show surrounding events" cannot run on the shown data, in one sentence for a tooltip; null when it can.
     * Archive mode has no loaded events to walk in time order, so there the items are disabled and say so.
     */
    public ObservableValue<String> surroundingRefusalProperty() {
        return surroundingRefusal;
    }

    /** Asks the table to show the events around a store row ("Show surrounding events"); nothing for -1. */
    public void showSurrounding(int row) {
        if (row >= 0 && data.get() != null && row < data.get().store().size()) {
            surroundingAnchor.set(row);
        }
    }

    /** Returns the table to the selection it showed before "Show surrounding events". */
    public void closeSurrounding() {
        surroundingAnchor.set(-1);
    }

    /**
     * The open case's labels and notes placed on the shown data's rows, with its label definitions and the events
     * it annotates that are not loaded; {@link RowEvidence#none()} before the case is read.
     */
    public ObjectProperty<RowEvidence> annotationsProperty() {
        return annotations;
    }

    /**
     * Every field and JSON path of the shown data with its figures, once the Fields list has read the events; null
     * before, and again from the moment other data is shown.
     */
    public ObjectProperty<FieldInventory> fieldInventoryProperty() {
        return fieldInventory;
    }

    /** The name of the open case, shown in the title and status bar; empty for the unsaved case. */
    public StringProperty caseNameProperty() {
        return caseName;
    }

    /** A short message in the status bar about the last keyboard action (such as F3 finding nothing). */
    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    /** Store rows of every event selected in the table, in table order; empty when none. */
    public ObservableList<Integer> selectedRows() {
        return selectedRows;
    }

    /** Actions on the selected rows that other panels offer in the table's menu; their accelerators work there. */
    public ObservableList<MenuItem> rowActions() {
        return rowActions;
    }

    /** Notices shown above the table, newest last. */
    public ObservableList<Notice> notices() {
        return notices;
    }

    /**
     * Notices about the window's own settings files (saved views) rather than the loaded data, shown after
     * {@link #notices()}; a new load, which clears those, leaves these.
     */
    public ObservableList<Notice> settingsNotices() {
        return settingsNotices;
    }

    /** Whether times are shown in the computer's zone instead of UTC. */
    public BooleanProperty localTimeProperty() {
        return localTime;
    }

    /** How times are formatted, following {@link #localTimeProperty()}. */
    public ObjectProperty<TimeDisplay> timeDisplayProperty() {
        return timeDisplay;
    }
}
