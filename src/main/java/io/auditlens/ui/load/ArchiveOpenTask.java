package io.auditlens.ui.load;

import io.auditlens.engine.ArchiveIndexer;
import io.auditlens.engine.ArchiveSelectionBackend;
import io.auditlens.engine.EngineChoice;
import io.auditlens.engine.IndexException;
import io.auditlens.engine.IndexManifest;
import io.auditlens.engine.QueryEngine;
import io.auditlens.engine.TemporaryIndex;
import io.auditlens.engine.UnsupportedSelectionException;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.ui.window.LoadReport;
import io.auditlens.ui.window.LoadedData;
import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens an index folder in archive mode on the embedded DuckDB, or an archive folder after indexing it into a
 * temporary index (with progress per archive partition, as {@code auditlens index} does). Nothing is loaded into
 * memory: the data it makes has an empty store and a backend that asks the engine.
 */
final class ArchiveOpenTask extends Task<LoadedData> {

    private final Path folder;
    private final CancelSignal control = new CancelSignal();

    ArchiveOpenTask(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        updateTitle("Opening " + (this.folder.getFileName() == null ? this.folder : this.folder.getFileName())
                + " in archive mode");
    }

    @Override
    protected LoadedData call() throws IndexException, IOException,
            UnsupportedSelectionException {
        long started = System.nanoTime();
        Path index = folder;
        Path temporary = null;
        if (!IndexManifest.isIndex(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new IndexException(folder + ": not a folder; open an index (auditlens index) or an archive "
                        + "folder of dt=YYYY-MM-DD folders");
            }
            temporary = TemporaryIndex.create();
            index = temporary;
            updateMessage("Indexing the archive (auditlens index keeps an index for next time)");
            try {
                new ArchiveIndexer().build(folder, index, (source, done, total, events) -> {
                    updateProgress(done, Math.max(1, total));
                    updateMessage("Indexed " + source + " · " + done + " of " + total + " partitions");
                }, control);
            } catch (IndexException | RuntimeException e) {
                TemporaryIndex.delete(temporary);
                throw e;
            }
        }
        updateProgress(-1, 1);
        updateMessage("Counting the index on DuckDB");
        IndexManifest manifest = IndexManifest.read(index);
        QueryEngine engine = new EngineChoice("duckdb", null).open(index);
        try {
            ArchiveSelectionBackend backend = ArchiveSelectionBackend.over(engine, temporary, control);
            EventStore none = EventStore.empty();
            return new LoadedData(none, new RawEvents(none), backend, List.of(folder),
                    new LoadReport(manifest.files(), PartitionWindow.ALL, 0), System.nanoTime() - started,
                    backend.facetValues());
        } catch (IndexException | RuntimeException | UnsupportedSelectionException e) {
            engine.close();
            TemporaryIndex.delete(temporary);
            throw e;
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        control.cancel();
        return super.cancel(mayInterruptIfRunning);
    }
}
