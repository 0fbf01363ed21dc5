package io.auditlens.engine;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadListener;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch with the embedded DuckDB: its files are loaded by the same loader the window uses (so the region
 * rule, digests and rejections are the same), appended to a staging table and copied out as Parquet by day.
 * Memory holds one batch at a time.
 */
final class DuckDbBatchWriter implements IndexBatchWriter {

    private static final String STAGING = "staging";

    private final Loader loader = new Loader();
    private final Connection db;

    private DuckDbBatchWriter(Connection db) {
        this.db = db;
    }

    static DuckDbBatchWriter open() throws IndexException {
        return new DuckDbBatchWriter(DuckDbConnections.open());
    }

    @Override
    public List<IndexManifest.SourcePartition> write(String id, List<String> batch, Map<String, List<Path>> partitions,
                                                     Path out, CancelSignal cancel) throws IndexException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> sourceOfFile = new HashMap<>();
        for (String source : batch) {
            for (Path f : partitions.get(source)) {
                files.add(f);
                sourceOfFile.put(f, source);
            }
        }
        cancel.check();
        LoadResult load = loader.load(files, PartitionWindow.ALL, LoadListener.NONE, cancel);
        EventStore store = load.store();
        Map<String, Long> events;
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + STAGING + " (" + IndexTable.columnsDdl() + ")");
            events = new IndexRows(store, new RawEvents(store),
                    row -> sourceOfFile.get(store.sources().get(store.source(row)).input())).appendTo(db, STAGING, cancel);
            if (store.size() > 0) {
                st.execute("COPY " + STAGING + " TO " + ArchiveIndexer.sqlPath(out) + " (FORMAT parquet, PARTITION_BY ("
                        + IndexColumn.DAY + "), FILENAME_PATTERN '" + id + "_{i}', OVERWRITE_OR_IGNORE true)");
            }
            st.execute("DROP TABLE " + STAGING);
        } catch (SQLException e) {
            throw new IndexException(out + ": the index cannot be written: " + DuckDbConnections.reason(e));
        } finally {
            store.releaseTemporaryFiles();
        }
        List<IndexManifest.SourcePartition> done = new ArrayList<>();
        int next = 0;
        for (String source : batch) {
            int count = partitions.get(source).size();
            List<FileReport> reports = load.files().subList(next, next + count);
            next += count;
            done.add(new IndexManifest.SourcePartition(source, id, reports, events.getOrDefault(source, 0L)));
        }
        return done;
    }

    @Override
    public void close() throws IndexException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IndexException("the embedded DuckDB did not close: " + DuckDbConnections.reason(e));
        }
    }
}
