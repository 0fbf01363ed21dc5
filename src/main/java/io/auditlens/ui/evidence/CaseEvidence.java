package io.auditlens.ui.evidence;

import io.auditlens.evidence.BuiltInLabels;
import io.auditlens.evidence.CaseState;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.Evidence;
import io.auditlens.evidence.Label;
import io.auditlens.query.RowAnnotations;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import javafx.concurrent.Task;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The window's case: the unsaved case in the configuration folder, opened in the background at start, whose labels
 * and notes it places on the shown data's rows (for queries and the Labels column) and changes from the table's
 * selected rows (Ctrl+1..4 toggle the built-in labels, Ctrl+M edits the note), saving each change at once.
 */
public final class CaseEvidence implements AutoCloseable {

    private static final KeyCode[] LABEL_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
    static final KeyCombination EDIT_NOTE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final Path configFolder;
    private volatile CaseStore store;
    private volatile boolean opened;
    private Evidence evidence = Evidence.none();
    // Only the answer of the latest change, and of the latest placement, is shown; one finishing late is dropped.
    private long changes;
    private long placements;

    public CaseEvidence(ExplorerModel model, TaskRunner runner, Path configFolder) {
        this.model = model;
        this.runner = runner;
        this.configFolder = configFolder;
        model.rowActions().addAll(actions());
        model.dataProperty().addListener((obs, old, data) -> place(evidence));
    }

    /** Opens the unsaved case in the background; labels appear on the rows once it is read. */
    public void open() {
        run(() -> {
            store = CaseStore.unsaved(configFolder);
            CaseState state = store.load();
            opened = true;
            return state;
        });
    }

    /** Whether the case has been read, so that labels can be put on events. */
    public boolean opened() {
        return opened;
    }

    private List<MenuItem> actions() {
        List<MenuItem> items = new ArrayList<>();
        List<Label> builtIns = BuiltInLabels.all();
        for (int i = 0; i < builtIns.size() && i < LABEL_KEYS.length; i++) {
            Label label = builtIns.get(i);
            MenuItem item = new MenuItem("Label " + label.name());
            item.setAccelerator(new KeyCodeCombination(LABEL_KEYS[i], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> toggle(label.name()));
            items.add(item);
        }
        MenuItem note = new MenuItem("Edit note...");
        note.setAccelerator(EDIT_NOTE);
        note.setOnAction(e -> editNote());
        items.add(note);
        return items;
    }

    /** The case's labels and notes as last read or changed. */
    public Evidence current() {
        return evidence;
    }

    /** The case file the labels and notes are saved in; null until the case is opened. */
    public Path file() {
        CaseStore open = store;
        return open == null ? null : open.file();
    }

    /**
     * Items that label or annotate the given events (the event the detail pane shows, the events of a timeline
     * mark): one check item per label, checked when every one of them carries it, then the note. Built when a menu
     * opens, so the checks show the case as it is then; no accelerators, which belong to the table's selection.
     */
    public List<MenuItem> itemsFor(List<Integer> rows) {
        List<Integer> events = List.copyOf(rows);
        List<MenuItem> items = new ArrayList<>();
        for (Label label : BuiltInLabels.all()) {
            CheckMenuItem item = new CheckMenuItem(label.name(), new Rectangle(10, 10, Color.web(label.colour())));
            item.setId("labelItem-" + label.name());
            item.setSelected(!events.isEmpty() && allCarry(events, label.name()));
            item.setOnAction(e -> toggle(events, label.name()));
            items.add(item);
        }
        MenuItem note = new MenuItem("Note…");
        note.setId("noteItem");
        note.setOnAction(e -> editNote(events));
        items.add(note);
        boolean usable = !events.isEmpty() && store != null && model.getData() != null;
        items.forEach(i -> i.setDisable(!usable));
        return items;
    }

    /** Puts a label on the selected events, or takes it off when every one of them has it already. */
    public void toggle(String label) {
        toggle(model.selectedRows(), label);
    }

    /** Puts a label on these events, or takes it off when every one of them has it already. */
    public void toggle(List<Integer> events, String label) {
        List<Integer> rows = List.copyOf(events);
        LoadedData data = model.getData();
        CaseStore target = store;
        if (rows.isEmpty() || data == null || target == null) {
            return;
        }
        boolean all = allCarry(rows, label);
        List<EventHash> hashes = hashes(data.store(), rows);
        run(() -> all ? target.unlabel(hashes, label) : target.label(hashes, label));
    }

    private boolean allCarry(List<Integer> rows, String label) {
        return rows.stream().allMatch(r -> model.annotationsProperty().get().labels(r).stream()
                .anyMatch(label::equalsIgnoreCase));
    }

    /** Asks for the note of the selected events (the first one's note as the start) and saves it. */
    public void editNote() {
        editNote(model.selectedRows());
    }

    /** Asks for the note of these events (the first one's note as the start) and saves it. */
    public void editNote(List<Integer> events) {
        List<Integer> rows = List.copyOf(events);
        LoadedData data = model.getData();
        CaseStore target = store;
        if (rows.isEmpty() || data == null || target == null) {
            return;
        }
        String current = model.annotationsProperty().get().note(rows.get(0));
        List<EventHash> hashes = hashes(data.store(), rows);
        NoteDialog.ask(rows.size(), current == null ? "" : current)
                .ifPresent(text -> run(() -> target.note(hashes, text)));
    }

    private static List<EventHash> hashes(EventStore store, List<Integer> rows) {
        return rows.stream().map(store::hash).toList();
    }

    /** Reads or changes the case in the background, then shows what it holds on the current data. */
    private void run(Callable<CaseState> work) {
        long mine = ++changes;
        Task<CaseState> task = new Task<>() {
            @Override
            protected CaseState call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            CaseState state = task.getValue();
            state.warning().ifPresent(w -> model.settingsNotices().add(
                    new Notice(Notice.Kind.WARNING, "The case file was set aside", w, false)));
            if (mine == changes) {
                evidence = state.evidence();
                place(evidence);
            }
        });
        task.setOnFailed(e -> model.settingsNotices().add(new Notice(Notice.Kind.ERROR,
                "The labels could not be saved", FailureReason.of(task.getException()), false)));
        runner.start(task);
    }

    /** Places evidence on the shown data's rows in the background (it reads every row's hash). */
    private void place(Evidence placed) {
        LoadedData data = model.getData();
        long mine = ++placements;
        if (data == null) {
            model.annotationsProperty().set(RowAnnotations.NONE);
            return;
        }
        Task<RowAnnotations> task = new Task<>() {
            @Override
            protected RowAnnotations call() {
                return placed.onRows(data.store());
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == placements && model.getData() == data) {
                model.annotationsProperty().set(task.getValue());
            }
        });
        runner.start(task);
    }

    /** Releases the case file's lock; the window is closing. */
    @Override
    public void close() {
        CaseStore open = store;
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (IOException e) {
            // Nothing is left to tell: the window is gone, and the lock goes with the process anyway.
        }
    }
}
