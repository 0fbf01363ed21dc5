package io.auditlens.spark;

import io.auditlens.cli.Cli;
import io.auditlens.engine.ArchiveIndexer;
import io.auditlens.engine.ArchiveSelection;
import io.auditlens.engine.DuckDbEngine;
import io.auditlens.engine.IndexManifest;
import io.auditlens.engine.QueryEngine;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code index --engine spark} (local[2]) writes the index the DuckDB writer writes: the same manifest, columns,
 * types, day partitions and rows, so either engine answers from it what the in-memory engine answers.
 */
class SparkIndexTest {

    @TempDir
    static Path dir;

    private static SparkSessions.Started session;
    private static Path archive;
    private static Path duckIndex;
    private static Path sparkIndex;
    private static SelectionEngine memory;

    @BeforeAll
    static void build() throws Exception {
        session = SparkSessions.start(null, "AuditLens index test"); // the writers and engines below join it
        // Small splits, so that Spark reads a file in slices of row groups, as it does large files.
        session.spark().conf().set("spark.sql.files.maxPartitionBytes", "24k");
        archive = dir.resolve("archive");
        Map<String, List<String>> byDay = byDay(new RandomAuditData(11).eventTexts(500));
        String earlierEvent = byDay.values().iterator().next().get(0);
        int day = 0;
        for (Map.Entry<String, List<String>> d : byDay.entrySet()) {
            List<String> rows = new ArrayList<>(d.getValue());
            if (day++ == 1) {
                // Rows that hold no event, and copies of events of this file and of an earlier one.
                rows.add(1, null);
                rows.add(3, "{\"eventTime\": broken");
                rows.add(rows.get(0));
                rows.add(earlierEvent);
            }
            // Small row groups, so Spark may read a file in slices.
            ParquetFiles.archive(archive.resolve("dt=" + d.getKey() + "/hr=00/part.parquet"), rows, 16);
        }
        memory = new SelectionEngine(new Loader().load(List.of(archive), PartitionWindow.ALL).store());
        duckIndex = dir.resolve("duck-index");
        new ArchiveIndexer().build(archive, duckIndex, (s, d, t, e) -> { }, CancelSignal.never());
        sparkIndex = dir.resolve("spark-index");
        sparkIndexer().build(archive, sparkIndex, (s, d, t, e) -> { }, CancelSignal.never());
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.stop();
        }
    }

    @Test
    void theManifestIsTheDuckDbWritersManifest() throws Exception {
        IndexManifest spark = IndexManifest.read(sparkIndex);
        assertEquals(IndexManifest.read(duckIndex), spark);
        FileReport withRejects = spark.files().get(1);
        assertEquals(2, withRejects.rejected(), withRejects.toString());
        assertEquals(2, withRejects.duplicates(), withRejects.toString());
    }

    @Test
    void theRowsColumnsAndDaysAreTheDuckDbWritersRows() throws Exception {
        assertEquals(rows(duckIndex), rows(sparkIndex));
        assertEquals(dayFolders(duckIndex), dayFolders(sparkIndex));
    }

    @Test
    void summariesOnEitherEngineAreTheInMemoryOnes() throws Exception {
        try (QueryEngine duck = DuckDbEngine.open(sparkIndex)) {
            for (String query : SparkEquivalenceTest.QUERIES) {
                Selection s = Selection.of(query);
                assertEquals(memory.evaluate(s).summary(), new ArchiveSelection(duck).summary(s, CancelSignal.never()),
                        query);
            }
        }
        // The rows are the DuckDB writer's (above), which SparkEquivalenceTest queries with every query: a few here.
        try (QueryEngine spark = SparkEngine.open(sparkIndex, null)) {
            for (String query : List.of("", "(region:frankfurt OR geo:asia-pacific) -push repo:app")) {
                Selection s = Selection.of(query);
                assertEquals(memory.evaluate(s).summary(), new ArchiveSelection(spark).summary(s, CancelSignal.never()),
                        query);
            }
        }
    }

    @Test
    void aSecondRunIndexesOnlyTheNewPartition() throws Exception {
        Path growing = dir.resolve("growing");
        List<String> events = new RandomAuditData(12).eventTexts(60);
        ParquetFiles.archive(growing.resolve("dt=2026-03-01/hr=00/a.parquet"), events.subList(0, 30));
        ParquetFiles.archive(growing.resolve("dt=2026-03-02/hr=00/a.parquet"), events.subList(30, 50));
        Path out = dir.resolve("growing-index");
        ArchiveIndexer.Outcome first = sparkIndexer().build(growing, out, (s, d, t, e) -> { }, CancelSignal.never());
        List<Path> firstFiles = parquetFiles(out);
        ParquetFiles.archive(growing.resolve("dt=2026-03-03/hr=00/a.parquet"), events.subList(50, 60));
        ArchiveIndexer.Outcome second = sparkIndexer().build(growing, out, (s, d, t, e) -> { }, CancelSignal.never());
        assertEquals(2, first.partitionsAdded());
        assertEquals(1, second.partitionsAdded());
        assertEquals(2, second.partitionsKept());
        assertEquals(10, second.eventsAdded());
        assertTrue(parquetFiles(out).containsAll(firstFiles), "the first run's files are kept");
        try (QueryEngine duck = DuckDbEngine.open(out)) {
            SelectionEngine loaded = new SelectionEngine(new Loader().load(List.of(growing)).store());
            assertEquals(loaded.evaluate(Selection.all()).summary(),
                    new ArchiveSelection(duck).summary(Selection.all(), CancelSignal.never()));
        }
    }

    @Test
    void aDamagedParquetFileIsReportedInOneLineAndTheRestIsIndexed() throws Exception {
        Path damaged = ParquetFiles.damagedArchive(dir.resolve("damaged"));
        Path out = dir.resolve("damaged-index");
        String[] run = cli("index", damaged.toString(), "--out", out.toString(), "--engine", "spark");
        assertEquals(String.valueOf(Cli.INPUT), run[0], run[2]);
        assertOneCleanLine(run[2]);
        assertTrue(run[2].contains("b.parquet: cannot be read as Parquet: "), run[2]);
        IndexManifest manifest = IndexManifest.read(out);
        assertEquals(20, manifest.sources().get(0).events());
        IndexManifest duck = new ArchiveIndexer().build(damaged, dir.resolve("damaged-duck"), (s, d, t, e) -> { },
                CancelSignal.never()).manifest();
        assertEquals(duck.sources().get(0), manifest.sources().get(0));
        assertEquals(duck.sources().get(2), manifest.sources().get(2));
        assertTrue(manifest.files().get(1).failed());
    }

    @Test
    void anUnreachableMasterIsNamedInOneLine() {
        String[] run = cli("index", archive.toString(), "--out", dir.resolve("never").toString(),
                "--engine", "spark", "--master", "spark://127.0.0.1:9");
        assertEquals(String.valueOf(Cli.INPUT), run[0], run[2]);
        assertOneCleanLine(run[2]);
        assertTrue(run[2].contains("cannot be reached"), run[2]);
        assertFalse(Files.exists(dir.resolve("never").resolve(IndexManifest.FILE)));
    }

    private static ArchiveIndexer sparkIndexer() {
        return new ArchiveIndexer(() -> SparkIndexWriter.open(null));
    }

    private static Map<String, List<String>> byDay(List<String> events) {
        Map<String, List<String>> byDay = new TreeMap<>();
        for (String json : events) {
            String time = json.replaceFirst(".*\"eventTime\":\"([^\"]+)\".*", "$1");
            byDay.computeIfAbsent(time.substring(0, 10), k -> new ArrayList<>()).add(json);
        }
        return byDay;
    }

    /** Every row of an index with its columns' names and types, in load order, as DuckDB reads them. */
    private static List<String> rows(Path index) throws SQLException {
        List<String> out = new ArrayList<>();
        String glob = index.toAbsolutePath().resolve("**").resolve("*.parquet").toString();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + glob + "', hive_partitioning = true, "
                     + "hive_types_autocast = false) ORDER BY source, seq")) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder header = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.append(meta.getColumnName(i)).append(' ').append(meta.getColumnTypeName(i)).append(", ");
            }
            out.add(header.toString());
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append(" | ");
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> dayFolders(Path index) throws Exception {
        try (Stream<Path> list = Files.list(index)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> parquetFiles(Path index) throws Exception {
        try (Stream<Path> walk = Files.walk(index)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    /** Runs the command line: exit code, standard output, standard error. */
    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static void assertOneCleanLine(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        for (String line : err.split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith("auditlens: ") || line.startsWith("indexed "), err);
        }
    }
}
