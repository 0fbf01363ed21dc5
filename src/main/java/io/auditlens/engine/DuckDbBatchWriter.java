package io.auditlens.engine;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadListener;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
    /*
     * Each day's file is written in time order (then load order) in row groups of this many rows, so a statement
     * bounded in time (a table page's rows, the selected row's JSON, a zoomed histogram) reads only the row groups
     * of its span: at ten million events a page's rows took 40-50 ms against 85-190 ms from one row group per day
     * in load order, and one row's JSON 40 ms against 125-250 ms. A partitioned COPY does not keep the order, so each
     * day is copied on its own.
     */
    private static final int ROW_GROUP_ROWS = 16_384;
    private static final String TIME_ORDER = IndexColumn.TIME_MS.sql() + ", " + IndexColumn.SOURCE.sql() + ", "
            + IndexColumn.SEQ.sql();

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
            for (String day : days(st)) {
                Path folder = Files.createDirectories(out.resolve(IndexColumn.DAY + "=" + day));
                st.execute("COPY (SELECT * EXCLUDE (" + IndexColumn.DAY + ") FROM " + STAGING + " WHERE "
                        + IndexColumn.DAY + " = " + SqlDialect.DUCKDB.literal(day) + " ORDER BY " + TIME_ORDER
                        + ") TO " + ArchiveIndexer.sqlPath(folder.resolve(id + "_0.parquet"))
                        + " (FORMAT parquet, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
            }
            st.execute("DROP TABLE " + STAGING);
        } catch (IOException e) {
            throw new IndexException(out + ": the index cannot be written: " + e.getMessage());
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

    private static List<String> days(Statement st) throws SQLException {
        List<String> days = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT DISTINCT " + IndexColumn.DAY + " FROM " + STAGING + " ORDER BY 1")) {
            while (rs.next()) {
                days.add(rs.getString(1));
            }
        }
        return days;
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
