package io.auditlens.spark;

import io.auditlens.engine.IndexColumn;
import io.auditlens.engine.IndexValues;
import io.auditlens.ingest.ArchiveRows;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEventReader;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Turns archive rows into index rows on an executor, with the in-memory engine's own code: each run of consecutive
 * rows of one file (a slice) is loaded by {@link Loader#loadArchiveRows} exactly as a load reads a Parquet file's
 * rows, so time parsing, the region rule, digests, rejections and content hashes are the same; the index values
 * then come from {@link IndexValues}, as for the DuckDB writer. Each slice's report goes to the driver through an
 * accumulator. Rows come in as (file path, row index, event text).
 */
final class IndexRowExtraction implements MapPartitionsFunction<Row, Row> {

    /** Content hash, then file, slice and place in the slice's load: what Spark dedupes and orders by. */
    static final String HASH_HIGH = "hash_high";
    static final String HASH_LOW = "hash_low";
    static final String FILE = "file_no";
    static final String SLICE = "slice_row";
    static final String PLACE = "slice_place";

    /** The columns made here: every index column but {@code seq} (numbered on the driver), then the keys above. */
    static final StructType SCHEMA = schema();

    private final Map<String, Integer> fileNumbers;
    private final List<String> displayPaths;
    private final List<String> sources;
    private final CollectionAccumulator<SliceReport> reports;
    private transient String lastPath;
    private transient int lastNumber;

    /**
     * @param fileNumbers  each file's place in the batch, by its absolute path
     * @param displayPaths each file's path as its load report names it, by place
     * @param sources      each file's archive partition, by place
     */
    IndexRowExtraction(Map<String, Integer> fileNumbers, List<String> displayPaths, List<String> sources,
                       CollectionAccumulator<SliceReport> reports) {
        this.fileNumbers = fileNumbers;
        this.displayPaths = displayPaths;
        this.sources = sources;
        this.reports = reports;
    }

    /** The slices' reports, on the driver once the rows were made. */
    CollectionAccumulator<SliceReport> reports() {
        return reports;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Slices(new PeekingRows(input));
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (IndexColumn c : IndexColumn.values()) {
            if (c != IndexColumn.SEQ) {
                fields.add(DataTypes.createStructField(c.sql(), sparkType(c), true));
            }
        }
        fields.add(DataTypes.createStructField(IndexColumn.DAY, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(HASH_HIGH, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(HASH_LOW, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(FILE, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(SLICE, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(PLACE, DataTypes.IntegerType, false));
        return DataTypes.createStructType(fields);
    }

    /** The Spark type of an index column: BIGINT columns are longs, the rest text. */
    static org.apache.spark.sql.types.DataType sparkType(IndexColumn c) {
        return c.type().equals("BIGINT") ? DataTypes.LongType : DataTypes.StringType;
    }

    private int fileNumber(String sparkPath) {
        if (sparkPath.equals(lastPath)) {
            return lastNumber; // rows come file after file: the path is parsed once per file
        }
        Integer n = fileNumbers.get(new org.apache.hadoop.fs.Path(sparkPath).toUri().getPath());
        if (n == null) {
            n = fileNumbers.get(java.net.URI.create(sparkPath).getPath());
        }
        if (n == null) {
            throw new IllegalStateException("Spark read a file outside the batch: " + sparkPath);
        }
        lastPath = sparkPath;
        lastNumber = n;
        return n;
    }

    /** The input rows with one row of look-ahead, to see where a slice ends. */
    private final class PeekingRows {
        private final Iterator<Row> rows;
        private Row next;
        private int nextFile;

        PeekingRows(Iterator<Row> rows) {
            this.rows = rows;
        }

        boolean hasNext() {
            if (next == null && rows.hasNext()) {
                next = rows.next();
                nextFile = fileNumber(next.getString(0));
            }
            return next != null;
        }

        /** Whether the next row continues the slice of {@code file} at {@code row}. */
        boolean continues(int file, long row) {
            return hasNext() && nextFile == file && next.getLong(1) == row;
        }

        Row take() {
            Row r = next;
            next = null;
            return r;
        }
    }

    /**
     * The index rows of one group of slices after another. Slices are loaded together up to {@value #GROUP_CHARS}
     * characters of event text, as a load per small file would spend more time starting than reading.
     */
    private final class Slices implements Iterator<Row> {
        private static final long GROUP_CHARS = 32L << 20;

        private final PeekingRows rows;
        private final Loader loader = new Loader(1);
        private final List<Integer> sliceFiles = new ArrayList<>();
        private final List<Long> sliceRows = new ArrayList<>();
        private EventStore store;
        private RawEventReader raw;
        private int place;

        Slices(PeekingRows rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            while (store == null || place >= store.size()) {
                release();
                if (!rows.hasNext()) {
                    return false;
                }
                loadGroup();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return indexRow(place++);
        }

        private void loadGroup() {
            List<ArchiveRows> group = new ArrayList<>();
            sliceFiles.clear();
            sliceRows.clear();
            long chars = 0;
            while (chars < GROUP_CHARS && rows.hasNext()) {
                int file = rows.nextFile;
                long firstRow = rows.next.getLong(1);
                List<String> texts = new ArrayList<>();
                for (long row = firstRow; rows.continues(file, row); row++) {
                    String text = rows.take().getString(2);
                    texts.add(text);
                    chars += text == null ? 0 : text.length();
                }
                String display = displayPaths.get(file);
                group.add(new ArchiveRows(Path.of(display), display, texts));
                sliceFiles.add(file);
                sliceRows.add(firstRow);
            }
            LoadResult load = loader.loadArchiveRows(group, CancelSignal.never());
            for (int i = 0; i < group.size(); i++) {
                reports.add(SliceReport.of(sliceFiles.get(i), sliceRows.get(i), load.files().get(i)));
            }
            store = load.store();
            raw = new RawEvents(store).openReader();
            place = 0;
        }

        private Row indexRow(int row) {
            String[] json = new String[1];
            try {
                raw.read(row, (bytes, offset, length) ->
                        json[0] = new String(bytes, offset, length, StandardCharsets.UTF_8));
            } catch (RawEvents.RawEventException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            // Each slice is one source of the group's store, in order.
            int slice = store.source(row);
            int file = sliceFiles.get(slice);
            List<Object> values = new ArrayList<>(SCHEMA.size());
            for (IndexColumn c : IndexColumn.values()) {
                if (c != IndexColumn.SEQ) {
                    values.add(IndexValues.of(c, store, row, json[0], sources.get(file), 0));
                }
            }
            EventHash hash = store.hash(row);
            values.add(IndexValues.day(store.time(row)));
            values.add(hash.high());
            values.add(hash.low());
            values.add(file);
            values.add(sliceRows.get(slice));
            values.add(row);
            return RowFactory.create(values.toArray());
        }

        private void release() {
            if (store != null) {
                raw.close();
                store.releaseTemporaryFiles();
                store = null;
            }
        }
    }
}
