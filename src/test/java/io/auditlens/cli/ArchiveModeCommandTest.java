package io.auditlens.cli;

import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Archive mode on the command line: {@code index}, then {@code summarize}, {@code query}, {@code digests} and
 * {@code timeline} on the index print exactly what they print for the archive loaded in memory; bad input gets one
 * clear line.
 */
class ArchiveModeCommandTest {

    @TempDir
    static Path dir;

    private static Path archive;
    private static Path index;

    @BeforeAll
    static void build() throws Exception {
        archive = dir.resolve("archive");
        Map<String, List<String>> byDay = new TreeMap<>();
        for (String json : new RandomAuditData(11).eventTexts(300)) {
            String time = json.replaceFirst(".*\"eventTime\":\"([^\"]+)\".*", "$1");
            byDay.computeIfAbsent(time.substring(0, 10), k -> new ArrayList<>()).add(json);
        }
        List<String> days = new ArrayList<>(byDay.keySet());
        for (String day : days.subList(0, days.size() - 3)) {
            ParquetFiles.archive(archive.resolve("team_id=1/dt=" + day + "/hr=00/part.parquet"), byDay.get(day));
        }
        index = dir.resolve("index");
        CliRun run = CliRun.of("index", archive.toString(), "--out", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        // A later run after three more days arrived indexes only those.
        for (String day : days.subList(days.size() - 3, days.size())) {
            ParquetFiles.archive(archive.resolve("team_id=1/dt=" + day + "/hr=00/part.parquet"), byDay.get(day));
        }
        CliRun second = CliRun.of("index", archive.toString(), "--out", index.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("(3 new, " + (days.size() - 3) + " unchanged)"), second.out());
    }

    private static void assertSameOutput(String... args) {
        List<String> inMemory = new ArrayList<>(List.of(args));
        inMemory.add(archive.toString());
        List<String> onIndex = new ArrayList<>(List.of(args));
        onIndex.add(index.toString());
        CliRun expected = CliRun.of(inMemory.toArray(String[]::new));
        CliRun got = CliRun.of(onIndex.toArray(String[]::new));
        assertEquals(expected.exitCode(), got.exitCode(), got.err());
        assertFalse(got.out().isBlank(), "nothing printed for " + String.join(" ", args));
        assertEquals(expected.out(), got.out(), String.join(" ", args));
    }

    @Test
    void summarizePrintsTheSameReport() {
        assertSameOutput("summarize", "--json");
        assertSameOutput("summarize", "--json", "--query", "action:image.* -outcome:failure");
        assertSameOutput("summarize", "--query", "region:frankfurt OR requestData.RequestParameters.signatureMethod:gpg");
    }

    @Test
    void findingsPrintTheSameFindingsAndExitCode() throws Exception {
        Map<String, String> env = Map.of("AUDITLENS_CONFIG_DIR", Files.createDirectories(dir.resolve("config"))
                .toString());
        for (List<String> args : List.of(List.of("findings", "--json"), List.of("findings"),
                List.of("findings", "--rule", "new-ip-for-initiator", "--fail-on", "medium"))) {
            List<String> inMemory = new ArrayList<>(args);
            inMemory.add(archive.toString());
            List<String> onIndex = new ArrayList<>(args);
            onIndex.add("--engine");
            onIndex.add("duckdb");
            onIndex.add(index.toString());
            CliRun expected = CliRun.in(env, inMemory.toArray(String[]::new));
            CliRun got = CliRun.in(env, onIndex.toArray(String[]::new));
            assertEquals(expected.exitCode(), got.exitCode(), got.err());
            assertEquals(expected.out(), got.out(), String.join(" ", args));
        }
    }

    @Test
    void queryDigestsAndTimelinePrintTheSameEvents() {
        assertSameOutput("query", "--query", "initiator:* -severity:normal", "--format", "ndjson");
        assertSameOutput("query", "--query", "repo:app", "--sort", "initiator", "--limit", "7");
        assertSameOutput("digests", "--json", "--query", "-outcome:pending");
        assertSameOutput("timeline", "--json", "--digest", RandomAuditData.DIGESTS.get(0));
    }

    @Test
    void theSameRunsOnAnArchiveWithEngineDuckdb() {
        CliRun expected = CliRun.of("summarize", "--json", "--query", "status:fail", archive.toString());
        CliRun got = CliRun.of("summarize", "--json", "--engine", "duckdb", "--query", "status:fail",
                archive.toString());
        assertEquals(0, got.exitCode(), got.err());
        assertEquals(expected.out(), got.out());
    }

    @Test
    void aDamagedParquetFileIsReportedAndTheRestIsIndexed() throws Exception {
        Path damaged = ParquetFiles.damagedArchive(dir.resolve("damaged"));
        Path out = dir.resolve("damaged-index");
        CliRun run = CliRun.of("index", damaged.toString(), "--out", out.toString());
        assertEquals(Cli.INPUT, run.exitCode());
        assertTrue(run.err().contains("b.parquet"), run.err());
        CliRun expected = CliRun.of("summarize", "--json", damaged.toString());
        CliRun got = CliRun.of("summarize", "--json", out.toString());
        assertEquals(expected.exitCode(), got.exitCode());
        assertEquals(expected.out(), got.out());
        assertOneCleanLine(got.err());
    }

    @Test
    void anIndexOfAnotherVersionIsRefusedWithAReason() throws Exception {
        Path old = dir.resolve("old-index");
        Files.createDirectories(old);
        Files.writeString(old.resolve("auditlens-index.json"), "{\"version\": 1, \"archive\": \"a\", \"sources\": []}");
        CliRun run = CliRun.of("summarize", old.toString());
        assertEquals(Cli.INPUT, run.exitCode());
        assertTrue(run.err().contains("version 1") && run.err().contains("auditlens index"), run.err());
        assertOneCleanLine(run.err());
    }

    @Test
    void whatAnIndexCannotAnswerIsRefused() {
        CliRun label = CliRun.of("summarize", "--query", "label:Evidence", index.toString());
        assertEquals(Cli.USAGE, label.exitCode());
        assertTrue(label.err().contains("label:"), label.err());
        assertOneCleanLine(label.err());
        CliRun spark = CliRun.of("summarize", "--engine", "spark", "--master", "local[2]", index.toString());
        assertEquals(Cli.INPUT, spark.exitCode());
        assertTrue(spark.err().contains("spark-submit"), spark.err());
        assertOneCleanLine(spark.err());
    }

    @Test
    void indexingOnSparkNeedsTheSparkJar() {
        Path out = dir.resolve("spark-index");
        CliRun spark = CliRun.of("index", archive.toString(), "--out", out.toString(), "--engine", "spark");
        assertEquals(Cli.INPUT, spark.exitCode());
        assertTrue(spark.err().contains("auditlens-spark.jar") && spark.err().contains("spark-submit"), spark.err());
        assertOneCleanLine(spark.err());
        CliRun master = CliRun.of("index", archive.toString(), "--out", out.toString(), "--master",
                "spark://127.0.0.1:9");
        assertEquals(Cli.INPUT, master.exitCode());
        assertTrue(master.err().contains("spark-submit"), master.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void sqlPrintsTheStatementsOfEachDialect() {
        CliRun trino = CliRun.of("sql", "--dialect", "trino", "--query", "digest:ABCDEF01*", "--statement", "rows");
        assertEquals(0, trino.exitCode(), trino.err());
        assertTrue(trino.out().contains("OFFSET") || trino.out().contains("LIMIT 100"), trino.out());
        CliRun bad = CliRun.of("sql", "--dialect", "oracle");
        assertEquals(Cli.USAGE, bad.exitCode());
        assertOneCleanLine(bad.err());
    }

    private static void assertOneCleanLine(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        for (String line : err.split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith("auditlens: "), err);
        }
    }
}
