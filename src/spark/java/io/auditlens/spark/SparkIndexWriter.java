package io.auditlens.spark;

import io.auditlens.engine.IndexBatchWriter;
import io.auditlens.engine.IndexColumn;
import io.auditlens.engine.IndexException;
import io.auditlens.engine.IndexManifest;
import io.auditlens.files.TemporaryFolders;
import io.auditlens.ingest.ArchiveColumns;
import io.auditlens.ingest.FileReport;
import io.auditlens.task.CancelSignal;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * {@code index --engine spark}: writes a batch of archive partitions with Spark. Executors check each file (SHA-256,
 * footer, event column), Spark reads the readable files' event column, {@link IndexRowExtraction} turns the rows
 * into index rows with the in-memory engine's code, and Spark drops copies of earlier events (first copy in load
 * order wins, as in a load), numbers each partition's events in load order and writes Parquet by day. The archive
 * and the index are folders every executor can read (a local disk for {@code local[N]}, a shared mount on a
 * cluster). The files, the manifest and the reports are those the DuckDB writer makes.
 */
final class SparkIndexWriter implements IndexBatchWriter {

    /** Which copy of its content a row is, in load order: 1 for the one kept. */
    private static final String COPY = "copy_no";

    private final SparkSessions.Started session;

    private SparkIndexWriter(SparkSessions.Started session) {
        this.session = session;
    }

    /** Starts (or joins, under spark-submit) a session on {@code master}. */
    static SparkIndexWriter open(String master) throws IndexException {
        SparkSessions.Started started = SparkSessions.start(master, "AuditLens index");
        // The files are named one by one: their status on the driver costs less than a listing job of a task each.
        started.spark().conf().set("spark.sql.sources.parallelPartitionDiscovery.threshold",
                String.valueOf(Integer.MAX_VALUE));
        return new SparkIndexWriter(started);
    }

    @Override
    public List<IndexManifest.SourcePartition> write(String id, List<String> batch, Map<String, List<Path>> partitions,
                                                     Path out, CancelSignal cancel) throws IndexException {
        List<Path> files = new ArrayList<>();
        List<String> sourceOfFile = new ArrayList<>();
        for (String source : batch) {
            for (Path f : partitions.get(source)) {
                files.add(f);
                sourceOfFile.add(source);
            }
        }
        List<String> displayPaths = files.stream().map(Path::toString).toList();
        List<String> absolute = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList();
        SparkSession spark = session.spark();
        Path staging = out.toAbsolutePath().resolveSibling("." + out.getFileName() + "-" + id + ".staging");
        BatchReports reports;
        TemporaryFolders.deleteQuietly(staging); // left by a run that was killed
        try {
            cancel.check();
            // One task per core: a file's check is a read of its bytes, far shorter than starting a task.
            List<ArchiveFileCheck> checks = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(absolute, Math.max(1, Math.min(absolute.size(),
                            spark.sparkContext().defaultParallelism())))
                    .map(ArchiveFileCheck::of).collect();
            reports = new BatchReports(displayPaths, checks);
            List<String> readable = new ArrayList<>();
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                numbers.put(absolute.get(i), i);
                if (checks.get(i).error() == null && checks.get(i).rows() > 0) {
                    readable.add(files.get(i).toAbsolutePath().toUri().toString());
                }
            }
            if (!readable.isEmpty()) {
                cancel.check();
                writeRows(spark, readable, new IndexRowExtraction(numbers, displayPaths, sourceOfFile,
                        spark.sparkContext().collectionAccumulator("auditlens slices")), reports, staging, out, id);
            }
        } catch (IndexException | CancellationException e) {
            throw e;
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            throw new IndexException("the archive cannot be indexed on Spark: " + SparkSessions.reason(e));
        } finally {
            TemporaryFolders.deleteQuietly(staging);
        }
        return sourcePartitions(id, batch, partitions, reports);
    }

    /** The batch's archive partitions with their files' reports, as the manifest lists them. */
    private static List<IndexManifest.SourcePartition> sourcePartitions(String id, List<String> batch,
            Map<String, List<Path>> partitions, BatchReports reports) {
        List<IndexManifest.SourcePartition> done = new ArrayList<>();
        int next = 0;
        for (String source : batch) {
            List<FileReport> sourceReports = new ArrayList<>();
            long sourceEvents = 0;
            for (int k = 0; k < partitions.get(source).size(); k++, next++) {
                FileReport r = reports.report(next);
                sourceReports.add(r);
                sourceEvents += r.events();
            }
            done.add(new IndexManifest.SourcePartition(source, id, sourceReports, sourceEvents));
        }
        return done;
    }

    private static void writeRows(SparkSession spark, List<String> readable, IndexRowExtraction extraction,
                                  BatchReports reports, Path staging, Path out, String id) throws IndexException {
        // Partition folders are not columns here: the rows' place in their file is what counts.
        Dataset<Row> rows = spark.read().option("recursiveFileLookup", "true").parquet(readable.toArray(String[]::new))
                .select(col("_metadata.file_path"), col("_metadata.row_index"),
                        col(ArchiveColumns.EVENT_COLUMN).cast("string"));
        Column[] loadOrder = {col(IndexRowExtraction.FILE), col(IndexRowExtraction.SLICE),
            col(IndexRowExtraction.PLACE)};
        WindowSpec byContent = Window.partitionBy(IndexRowExtraction.HASH_HIGH, IndexRowExtraction.HASH_LOW)
                .orderBy(loadOrder);
        Dataset<Row> ranked = rows.mapPartitions(extraction, Encoders.row(IndexRowExtraction.SCHEMA))
                .withColumn(COPY, row_number().over(byContent));
        LaterCopies laterCopies = new LaterCopies(ranked.schema().fieldIndex(COPY),
                ranked.schema().fieldIndex(IndexRowExtraction.FILE),
                spark.sparkContext().collectionAccumulator("auditlens copies"));
        List<Column> columns = new ArrayList<>();
        for (IndexColumn c : IndexColumn.values()) {
            columns.add(c == IndexColumn.SEQ
                    ? row_number().over(Window.partitionBy(IndexColumn.SOURCE.sql()).orderBy(loadOrder))
                            .minus(lit(1)).cast("long").as(c.sql())
                    : col(c.sql()));
        }
        columns.add(col(IndexColumn.DAY));
        // One job: the slices' reports and the copies' counts come back through accumulators as it runs.
        ranked.mapPartitions(laterCopies, Encoders.row(ranked.schema())).select(columns.toArray(Column[]::new))
                .write().partitionBy(IndexColumn.DAY).parquet(staging.toUri().toString());
        reports.addSlices(extraction.reports().value());
        Map<Integer, LaterCopies.Counts> perTask = new HashMap<>();
        laterCopies.counts().value().forEach(c -> perTask.putIfAbsent(c.partition(), c));
        perTask.values().forEach(c -> c.perFile().forEach(reports::addDuplicates));
        moveInto(staging, out, id);
    }

    /** Moves the written files into the index as {@code day=.../ID_N.parquet}, as the DuckDB writer names them. */
    private static void moveInto(Path staging, Path out, String id) throws IndexException {
        try (Stream<Path> walk = Files.walk(staging)) {
            List<Path> written = walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
            int n = 0;
            for (Path file : written) {
                Path target = out.resolve(staging.relativize(file.getParent())).resolve(id + "_" + n++ + ".parquet");
                Files.createDirectories(target.getParent());
                Files.move(file, target);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IndexException(out + ": the index files cannot be moved into place: " + SparkSessions.reason(e));
        }
    }

    @Override
    public void close() {
        session.stop();
    }
}
