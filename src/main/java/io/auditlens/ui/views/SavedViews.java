package io.auditlens.ui.views;

import io.auditlens.task.FailureReason;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.Notice;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.views.ImportResult;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewCatalog;
import io.auditlens.views.ViewEntry;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewStore;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The window's side of the saved views: reads them in a Task at start (and again when asked), runs every change
 * (save, rename, duplicate, delete with Undo, export, import) in a Task against the {@link ViewStore}, keeps the
 * list in step through the store's change events, applies a view to the window, and tells the user about problems
 * in the notice banner. The JavaFX thread only applies answers.
 */
public final class SavedViews {

    private final ViewStore store;
    private final ExplorerModel model;
    private final TaskRunner runner;
    private final ColumnLayout table;
    private final ObservableList<ViewEntry> entries = FXCollections.observableArrayList();
    // One wrapper for every caller: a wrapper forwards changes through a weak listener, so a listener added to a
    // fresh wrapper nobody keeps would be dropped with it.
    private final ObservableList<ViewEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private String warningShown;

    public SavedViews(ViewStore store, ExplorerModel model, TaskRunner runner, ColumnLayout table) {
        this.store = store;
        this.model = model;
        this.runner = runner;
        this.table = table;
        // The store tells its listeners on the thread that made the change: a Task's.
        store.addChangeListener(change -> Platform.runLater(() -> show(change.catalog())));
    }

    /** Built-in views first, then the user's, as last read or changed. */
    public ObservableList<ViewEntry> entries() {
        return readOnlyEntries;
    }

    /** Whether the views have been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Reads the views again, as at start or when another program may have changed them. */
    public void load() {
        run("Saved views could not be read", store::load, catalog -> {
            show(catalog);
            loaded.set(true);
        });
    }

    /**
     * Shows what a view selects: its query, picks, time range, sort, columns and their widths.
     *
     * @return false (with a notice) when the view cannot be applied, as when its query no longer parses
     */
    public boolean apply(SavedView view) {
        SelectionRequest request;
        try {
            request = ViewRequests.toRequest(view);
        } catch (ViewRefusedException e) {
            problem("View not applied", e.getMessage());
            return false;
        }
        table.showColumns(ViewRequests.columns(view));
        table.setColumnWidths(ViewRequests.widths(view));
        // Facets the user added to the sidebar stay; the view's own path picks show as facets of their own.
        model.updateRequest(r -> request.withAddedFacets(r.addedFacets()));
        return true;
    }

    /** Saves what the window shows as a view, replacing a saved view of the same name. */
    public Task<SavedView> saveCurrent(String name) {
        SavedView view;
        try {
            view = ViewRequests.toView(name, model.getRequest(), table.visibleColumns(), table.columnWidths());
        } catch (QuerySyntaxException e) {
            problem("View not saved", "The query does not parse: " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            problem("View not saved", e.getMessage());
            return null;
        }
        return run("View not saved", () -> store.save(view), saved -> { });
    }

    /** Renames a saved view. */
    public Task<SavedView> rename(String name, String newName) {
        return run("View not renamed", () -> store.rename(name, newName), renamed -> { });
    }

    /** Saves a copy of a view, built-in or saved, as "NAME copy". */
    public Task<SavedView> duplicate(String name) {
        return run("View not copied", () -> store.duplicate(name), copy -> { });
    }

    /** Deletes a saved view; the notice that says so offers to bring it back. */
    public Task<SavedView> delete(String name) {
        return run("View not deleted", () -> store.delete(name), removed -> model.settingsNotices().add(
                new Notice(Notice.Kind.INFO, "View deleted", "\"" + removed.name() + "\" was deleted.", false,
                        new Notice.Action("Undo", () -> restore(removed)))));
    }

    /** Writes the named views to a file that {@link #importFrom} reads. */
    public Task<List<SavedView>> export(List<String> names, Path target) {
        return run("Views not exported", () -> store.export(names, target), written -> exported(written, target));
    }

    /** Writes every saved view to a file. */
    public Task<List<SavedView>> exportSaved(Path target) {
        return run("Views not exported", () -> store.exportSaved(target), written -> exported(written, target));
    }

    /** Adds the views of an exported file. */
    public Task<ImportResult> importFrom(Path source) {
        return run("Views not imported", () -> store.importFrom(source), result -> {
            int added = result.added().size();
            String text = (added == 1 ? "1 view was" : added + " views were") + " added from " + source.getFileName()
                    + (result.alreadyPresent().isEmpty() ? "."
                    : "; " + result.alreadyPresent().size() + " already present.");
            model.settingsNotices().add(new Notice(Notice.Kind.INFO, "Views imported", text, false));
        });
    }

    /** Releases the views file's lock; the window calls this as it closes. */
    public void close() {
        try {
            store.close();
        } catch (IOException e) {
            // Nothing is left to tell: the window is gone, and the lock goes with the process anyway.
        }
    }

    // Undo puts the view back through import, which renames it rather than replace a view saved since.
    private void restore(SavedView removed) {
        run("View not restored", () -> store.importViews(List.of(removed)), result -> { });
    }

    private void exported(List<SavedView> written, Path target) {
        model.settingsNotices().add(new Notice(Notice.Kind.INFO, "Views exported",
                (written.size() == 1 ? "1 view was" : written.size() + " views were") + " written to "
                        + target.getFileName() + ".", false));
    }

    private void show(ViewCatalog catalog) {
        // Reading again when the window comes to the front mostly finds the same views; the list stays as it is.
        if (!entries.equals(catalog.views())) {
            entries.setAll(catalog.views());
        }
        catalog.warning().filter(w -> !w.equals(warningShown)).ifPresent(w -> {
            warningShown = w;
            model.settingsNotices().add(new Notice(Notice.Kind.WARNING, "Saved views", w + ".", false));
        });
    }

    private void problem(String title, String message) {
        model.settingsNotices().add(new Notice(Notice.Kind.ERROR, title, message, false));
    }

    private <T> Task<T> run(String failure, Callable<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> problem(failure, FailureReason.of(task.getException())));
        return runner.start(task);
    }
}
