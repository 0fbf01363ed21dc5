package io.auditlens.ui.load;

import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.engine.IndexManifest;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import io.auditlens.ingest.ArchivePartitions;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.task.CancelSignal;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Runs loads for every way files reach the window (drop, File menu, command line): one load at a time, in a
 * {@link LoadTask}. Adding files reloads the previous inputs together with the new ones in one load, so that
 * duplicates across them are found. When the new inputs hold IBM Cloud Logs archive partitions, found by listing
 * them in the background first, the user is asked which days to load. Publishes the new data, the load report and
 * notices on the model.
 */
public final class LoadCoordinator {

    /** Asks which part of an archive to load, calling {@code load} with the window unless the user cancels. */
    @FunctionalInterface
    public interface ArchiveRangeChooser {
        /**
         * @param archive     the archive files of the whole load
         * @param withLoaded  whether archives already loaded take part, so the window applies to them too
         */
        void choose(ArchivePartitions archive, boolean withLoaded, Consumer<PartitionWindow> load);
    }

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final Loader loader;
    private final BiFunction<EventStore, RawEvents, SelectionBackend> engine;
    private final ArchiveRangeChooser chooser;
    private CancelSignal preparing;
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>(this, "running");

    public LoadCoordinator(ExplorerModel model, TaskRunner runner, Loader loader,
                           BiFunction<EventStore, RawEvents, SelectionBackend> engine, ArchiveRangeChooser chooser) {
        this.model = model;
        this.runner = runner;
        this.loader = loader;
        this.engine = engine;
        this.chooser = chooser;
    }

    /** The load under way, or null; the progress bar binds to it. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Starts loading files or folders, first listing them for archive partitions; false (with a notice) when a
     * load is already running.
     */
    public boolean open(List<Path> paths, LoadMode mode) {
        if (paths.isEmpty() || busy()) {
            return false;
        }
        // An index holds no exports to load: it is read in archive mode, as the command line reads it.
        if (paths.size() == 1 && IndexManifest.isIndex(paths.get(0))) {
            return openArchive(paths.get(0));
        }
        LoadedData current = model.getData();
        List<Path> inputs = new ArrayList<>();
        // An archive opened in archive mode is not loaded with files added to it: they replace it.
        if (mode == LoadMode.ADD && current != null && !current.archiveMode()) {
            inputs.addAll(current.inputs());
        }
        for (Path p : paths) {
            Path absolute = p.toAbsolutePath().normalize();
            if (!inputs.contains(absolute)) {
                inputs.add(absolute);
            }
        }
        List<Path> newInputs = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        // Inputs loaded before keep the window they were loaded with unless new archive files ask for another.
        PartitionWindow kept = mode == LoadMode.ADD && current != null ? current.window() : PartitionWindow.ALL;
        boolean withLoaded = inputs.size() > newInputs.size();
        Task<ArchivePartitions> listing = new Task<>() {
            {
                updateTitle(LoadTask.describe(newInputs));
                updateMessage("Looking for archive folders");
            }

            @Override
            protected ArchivePartitions call() {
                ArchivePartitions named = ArchivePartitions.of(newInputs);
                return named.isEmpty() || !withLoaded ? named : ArchivePartitions.of(inputs);
            }
        };
        listing.setOnSucceeded(e -> {
            running.set(null);
            ArchivePartitions archive = listing.getValue();
            if (archive.isEmpty()) {
                load(inputs, newInputs, mode, kept);
            } else {
                chooser.choose(archive, withLoaded, window -> load(inputs, newInputs, mode, window));
            }
        });
        whenStopped(listing, current);
        running.set(listing);
        runner.start(listing);
        return true;
    }

    private void load(List<Path> inputs, List<Path> newInputs, LoadMode mode, PartitionWindow window) {
        if (busy()) {
            return;
        }
        LoadedData current = model.getData();
        model.notices().clear();
        LoadTask task = new LoadTask(loader, inputs, newInputs, window, engine);
        task.setOnSucceeded(e -> finished(task.getValue(), mode));
        whenStopped(task, current);
        running.set(task);
        runner.start(task);
    }

    /**
     * Opens an index or archive folder in archive mode (File > Open archive…): the window then asks DuckDB over the
     * index instead of loading events. False (with a notice) when a load is running.
     */
    public boolean openArchive(Path folder) {
        if (busy()) {
            return false;
        }
        LoadedData current = model.getData();
        model.notices().clear();
        ArchiveOpenTask task = new ArchiveOpenTask(folder);
        task.setOnSucceeded(e -> {
            running.set(null);
            LoadedData data = task.getValue();
            model.lastLoadReportProperty().set(data.report());
            model.updateRequest(r -> SelectionRequest.ALL.withSort(r.sort()));
            model.selectedRowProperty().set(-1);
            model.dataProperty().set(data);
            release(current);
            prepare(data.backend()); // on DuckDB, the facet cache that later clicks count from
        });
        whenStopped(task, current);
        running.set(task);
        runner.start(task);
        return true;
    }

    /** Releases what the shown data holds (an archive-mode engine and its temporary index), as the window closes. */
    public void close() {
        release(model.getData());
    }

    // What replaced data holds: decompressed copies on disk (or in memory-backed /dev/shm), an engine and its index.
    private static void release(LoadedData previous) {
        if (previous != null) {
            previous.store().releaseTemporaryFiles();
            previous.closeEngine();
        }
    }

    /** Whether a load (or the listing before it) is under way; says so in a notice. */
    private boolean busy() {
        if (running.get() == null) {
            return false;
        }
        model.notices().add(new Notice(Notice.Kind.INFO, "A load is running",
                "Wait for it to finish or cancel it, then open the files again.", false));
        return true;
    }

    private void whenStopped(Task<?> task, LoadedData current) {
        task.setOnCancelled(e -> {
            running.set(null);
            model.notices().add(new Notice(Notice.Kind.INFO, "Loading cancelled",
                    current == null ? "Nothing was loaded." : "The loaded data is unchanged.", false));
        });
        task.setOnFailed(e -> {
            running.set(null);
            model.notices().add(new Notice(Notice.Kind.ERROR, "Loading failed",
                    FailureReason.of(task.getException()), false));
        });
    }

    /** Cancels the running load, if any. */
    public void cancel() {
        Task<?> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    // The first sort by a column with many distinct values costs a noticeable moment, so it is paid here, in the
    // background, right after the data is shown; a later load cancels it.
    private void prepare(SelectionBackend backend) {
        if (preparing != null) {
            preparing.cancel();
        }
        CancelSignal cancel = new CancelSignal();
        preparing = cancel;
        runner.start(new Task<Void>() {
            @Override
            protected Void call() {
                backend.prepare(EventTableColumn.fields(), cancel);
                return null;
            }
        });
    }

    private void finished(LoadTask.Attempt attempt, LoadMode mode) {
        running.set(null);
        LoadOutcome outcome = attempt.outcome();
        model.lastLoadReportProperty().set(attempt.report());
        LoadedData previous = model.getData();
        boolean hadData = previous != null;
        if (outcome.accepted()) {
            if (mode == LoadMode.REPLACE) {
                // Picks and ranges of the old data mean nothing in new data; the chosen sort still does.
                model.updateRequest(r -> SelectionRequest.ALL.withSort(r.sort()));
            }
            model.selectedRowProperty().set(-1);
            model.dataProperty().set(attempt.data());
            prepare(attempt.data().backend());
            release(previous);
        } else {
            attempt.result().store().releaseTemporaryFiles();
        }
        for (String message : outcome.failureMessages()) {
            String unchanged = !outcome.accepted() && hadData ? " The loaded data is unchanged." : "";
            model.notices().add(new Notice(Notice.Kind.ERROR, "File not loaded",
                    message + unchanged, true));
        }
        if (outcome.rejectedLines() > 0) {
            model.notices().add(new Notice(Notice.Kind.WARNING, "Some lines were rejected",
                    outcome.rejectionMessage() + " The rest of each file was loaded.", true));
        }
    }
}
