package io.auditlens.ui.evidence;

import io.auditlens.evidence.CaseRefusedException;
import io.auditlens.evidence.CaseState;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.Evidence;
import io.auditlens.evidence.Label;
import io.auditlens.evidence.RowEvidence;
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
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The window's case: at start the unsaved case in the configuration folder, later a named {@code .alcase} (File &gt;
 * New case, Open case, Save case as), read and written in the background. It places the case's labels and notes on
 * the shown data's rows (for queries, the Labels column and the labels facet), changes them from the table's
 * selected rows (see {@link LabelActions}), saves each change at once, and has {@link CaseInputs} load and check
 * the inputs the case recorded.
 */
public final class CaseEvidence implements AutoCloseable {

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final Path configFolder;
    private final CaseInputs inputs;
    private volatile CaseStore store;
    private volatile boolean opened;
    private Evidence evidence = Evidence.none();
    private boolean readOnly;
    // Only the answer of the latest change, switch and placement is shown; one finishing late is dropped.
    private long changes;
    private long switches;
    private long placements;

    /**
     * The case of a window that loads files through {@code load} (replacing the shown data; false when it cannot
     * start now, another load running).
     */
    public CaseEvidence(ExplorerModel model, TaskRunner runner, Path configFolder, Predicate<List<Path>> load) {
        this.model = model;
        this.runner = runner;
        this.configFolder = configFolder;
        this.inputs = new CaseInputs(model, load, this::recordInputs);
        new LabelActions(this, model);
        model.dataProperty().addListener((obs, old, data) -> {
            place(evidence);
            inputs.dataChanged(data, evidence.document().inputs());
        });
    }

    /** Opens the unsaved case in the background; labels appear on the rows once it is read. */
    public void open() {
        switchTo(() -> CaseStore.unsaved(configFolder), List.of(), "The unsaved case could not be opened");
    }

    /**
     * Opens a case file: its labels and notes replace the window's, and its recorded inputs that exist are loaded
     * (with {@code alsoLoad}) and checked against their SHA-256.
     */
    public void openCase(Path file, List<Path> alsoLoad) {
        switchTo(() -> {
            if (!Files.isRegularFile(file)) {
                throw new CaseRefusedException(file.getFileName() + " is not a case file that exists");
            }
            return new CaseStore(file);
        }, alsoLoad, "The case could not be opened");
    }

    /** Starts a new, empty case in a file that does not exist yet; it records the inputs loaded now. */
    public void newCase(Path file) {
        switchTo(() -> {
            if (Files.exists(file)) {
                throw new CaseRefusedException(file.getFileName() + " exists already; open it with File > Open case");
            }
            CaseStore created = new CaseStore(file);
            created.rename(CaseFiles.nameOf(file));
            return created;
        }, List.of(), "The new case could not be created");
    }

    /** Writes the open case to another file (the unsaved case becomes a named one); later changes go there. */
    public void saveAs(Path file) {
        CaseStore current = store;
        if (current == null || file.toAbsolutePath().equals(current.file().toAbsolutePath())) {
            return;
        }
        switchTo(() -> current.saveAs(file), List.of(), "The case could not be saved");
    }

    /** Whether a case has been read, so that labels can be put on events. */
    public boolean opened() {
        return opened;
    }


    /** Reads a case store in the background, then makes it the window's case. */
    private void switchTo(Callable<CaseStore> opening, List<Path> alsoLoad, String failure) {
        long mine = ++switches;
        Task<CaseInputs.Opened> task = new Task<>() {
            @Override
            protected CaseInputs.Opened call() throws Exception {
                CaseStore next = opening.call();
                CaseState state = next.load();
                return new CaseInputs.Opened(next, state, CaseInputs.present(state.document().inputs(), next.file()));
            }
        };
        task.setOnSucceeded(e -> {
            CaseInputs.Opened next = task.getValue();
            if (mine != switches) {
                closeInBackground(next.store());
                return;
            }
            CaseStore old = store;
            store = next.store();
            opened = true;
            changes++;
            if (old != null && old != next.store()) {
                closeInBackground(old);
            }
            boolean unsaved = next.store().file().getFileName().toString().equals(CaseStore.UNSAVED_NAME);
            model.caseNameProperty().set(unsaved ? "" : CaseFiles.nameOf(next.state().document(), next.store()));
            show(next.state());
            if (unsaved) {
                inputs.unsavedOpened();
            } else {
                inputs.caseOpened(next.state().document().inputs(), next.present(), alsoLoad);
            }
        });
        task.setOnFailed(e -> model.settingsNotices().add(new Notice(Notice.Kind.ERROR, failure,
                FailureReason.of(task.getException()), false)));
        runner.start(task);
    }

    /** The case's labels and notes as last read or changed. */
    public Evidence current() {
        return evidence;
    }

    /** The open case's name as the window shows it, "the unsaved case" for that one. */
    public String displayName() {
        String name = model.caseNameProperty().get();
        return name == null || name.isBlank() ? "the unsaved case" : name;
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
        for (Label label : evidence.labels()) {
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

    /** Defines a label of the user's with its colour, and puts it on the selected events when there are any. */
    void defineLabel(String name, String colour) {
        CaseStore target = store;
        LoadedData data = model.getData();
        if (target == null) {
            return;
        }
        List<EventHash> hashes = data == null ? List.of() : hashes(data.store(), List.copyOf(model.selectedRows()));
        run(() -> {
            CaseState defined = target.defineLabel(name, colour);
            return hashes.isEmpty() ? defined : target.label(hashes, name);
        });
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

    private void recordInputs(List<io.auditlens.evidence.CaseInput> recorded) {
        CaseStore target = store;
        if (target != null && !readOnly && !recorded.equals(evidence.document().inputs())) {
            run(() -> target.recordInputs(recorded));
        }
    }

    private static List<EventHash> hashes(EventStore store, List<Integer> rows) {
        return rows.stream().map(store::hash).toList();
    }

    /** Changes the case in the background, then shows what it holds on the current data. */
    private void run(Callable<CaseState> work) {
        long mine = ++changes;
        Task<CaseState> task = new Task<>() {
            @Override
            protected CaseState call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == changes) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> model.settingsNotices().add(new Notice(Notice.Kind.ERROR,
                "The labels could not be saved", FailureReason.of(task.getException()), false)));
        runner.start(task);
    }

    private void show(CaseState state) {
        state.warning().ifPresent(w -> {
            Notice notice = new Notice(Notice.Kind.WARNING, state.readOnly() ? "The case is read-only"
                    : "The case file was set aside", w, false);
            if (!model.settingsNotices().contains(notice)) {
                model.settingsNotices().add(notice);
            }
        });
        readOnly = state.readOnly();
        evidence = state.evidence();
        place(evidence);
    }

    /** Places evidence on the shown data's rows in the background (it reads every row's hash). */
    private void place(Evidence placed) {
        LoadedData data = model.getData();
        long mine = ++placements;
        if (data == null) {
            model.annotationsProperty().set(RowEvidence.unplaced(placed));
            return;
        }
        Task<RowEvidence> task = new Task<>() {
            @Override
            protected RowEvidence call() {
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

    private void closeInBackground(CaseStore closing) {
        runner.start(new Task<Void>() {
            @Override
            protected Void call() {
                closeQuietly(closing);
                return null;
            }
        });
    }

    private static void closeQuietly(CaseStore closing) {
        try {
            closing.close();
        } catch (IOException e) {
            // Only the lock file is released here; the lock goes with the process anyway.
        }
    }

    /** Releases the case file's lock; the window is closing. */
    @Override
    public void close() {
        CaseStore open = store;
        if (open != null) {
            closeQuietly(open);
        }
    }
}
