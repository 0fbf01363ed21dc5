package io.auditlens.engine;

import io.auditlens.files.TemporaryFolders;
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
 * rule, digests and rejections are the same), written as CSV a day at a time ({@link DayCsvFiles}) and copied out
 * as Parquet by day.
 * Memory holds one batch at a time.
 */
final class DuckDbBatchWriter implements IndexBatchWriter {

    private static final String STAGING = ".staging";
    /*
     * Each day's file is written in time order (then load order) in row groups of this many rows, so a statement
     * bounded in time (a table page's rows, the selected row's JSON, a zoomed histogram) reads only the row groups
     * of its span: at ten million events a page's rows took 40-50 ms against 85-190 ms from one row group per day
     * in load order, and one row's JSON 40 ms against 125-250 ms. A partitioned COPY does not keep the order, so each
     * day is copied on its own.
     */
    private static final int ROW_GROUP_ROWS = 16_384;
    private static final long DEFAULT_MAX_LINE = 2_097_152; // DuckDB's own default for read_csv
    private static final long LINE_SLACK = 65_536;

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
        Path staging = out.resolve(STAGING + "-" + id);
        try (Statement st = db.createStatement()) {
            DayCsvFiles rows = new DayCsvFiles(store, new RawEvents(store),
                    row -> sourceOfFile.get(store.sources().get(store.source(row)).input()));
            events = rows.eventsPerSource();
            Files.createDirectories(staging);
            rows.write(staging, day -> st.execute(copy(day, out, id)), cancel);
        } catch (IOException e) {
            throw new IndexException(out + ": the index cannot be written: " + e.getMessage());
        } catch (SQLException e) {
            throw new IndexException(out + ": the index cannot be written: " + DuckDbConnections.reason(e));
        } finally {
            store.releaseTemporaryFiles();
            TemporaryFolders.deleteQuietly(staging);
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

    /*
     * The CSV is read in parallel, keeping its row order (DuckDB preserves insertion order by default), so the day's
     * file comes out in the index's time order without a sort. Its lines are as long as the longest event's JSON.
     */
    private static String copy(DayCsvFiles.Day day, Path out, String id) throws IOException {
        Path folder = Files.createDirectories(out.resolve(IndexColumn.DAY + "=" + day.day()));
        // With room to spare: DuckDB's count of a line's length runs a few bytes over the bytes written.
        long maxLine = Math.max(DEFAULT_MAX_LINE, day.longestLine() + LINE_SLACK);
        return "COPY (SELECT * FROM read_csv(" + ArchiveIndexer.sqlPath(day.file()) + ", header = false, "
                + "auto_detect = false, delim = ',', quote = '\"', escape = '\"', nullstr = '', "
                + "allow_quoted_nulls = false, max_line_size = " + maxLine + ", columns = "
                + DayCsvFiles.columnTypes() + ")) TO " + ArchiveIndexer.sqlPath(folder.resolve(id + "_0.parquet"))
                + " (FORMAT parquet, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")";
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
