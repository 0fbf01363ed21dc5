package io.auditlens.ui.window;

import io.auditlens.engine.ArchiveSelectionBackend;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.query.Facet;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The data the window shows: the store, its raw-event reader, the engine bound to it, the inputs that built it
 * (reloaded when files are added), the load's report, how long loading took, and the values present in each
 * facet's column.
 */
public record LoadedData(EventStore store, RawEvents raw, SelectionBackend backend, List<Path> inputs,
                         LoadReport report, long loadNanos, Map<Facet, List<String>> facetValues) {

    public LoadedData {
        inputs = List.copyOf(inputs);
        facetValues = Map.copyOf(facetValues);
    }

    /** The report of each file read. */
    public List<FileReport> files() {
        return report.files();
    }

    /** The archive window the inputs were loaded with; adding plain files reloads them with it. */
    public PartitionWindow window() {
        return report.window();
    }

    /** Values present in a facet's column, in dictionary order. */
    public List<String> values(Facet facet) {
        return facetValues.getOrDefault(facet, List.of());
    }

    /** Whether this is an archive opened in archive mode: an engine answers, the store is empty. */
    public boolean archiveMode() {
        return backend instanceof ArchiveSelectionBackend;
    }

    /** The archive-mode engine's name for the status bar ("DuckDB"); empty outside archive mode. */
    public String engineName() {
        return backend instanceof ArchiveSelectionBackend archive ? archive.engineName() : "";
    }

    /** Closes an archive-mode engine (and its temporary index); nothing for loaded data. */
    public void closeEngine() {
        if (backend instanceof ArchiveSelectionBackend archive) {
            archive.close();
        }
    }
}
