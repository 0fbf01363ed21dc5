package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.Main;
import io.auditlens.testdata.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the embedded Parquet reader cannot unpack its native library (here: a temp folder that does not exist), each
 * archive gets a one-line error and the other inputs load. Run in a process of its own, as the library loads once.
 */
class ParquetReaderUnavailableTest {

    @TempDir
    Path dir;

    @Test
    void archivesFailWithOneLineEachAndTheRestLoads() throws Exception {
        Path archive = ParquetFiles.archive(dir.resolve("a.parquet"),
                List.of("{\"action\":\"container-registry.image.pull\",\"eventTime\":\"2026-03-04T12:00:00Z\"}"));
        Path plain = Files.writeString(dir.resolve("b.ndjson"),
                "{\"action\":\"container-registry.image.push\",\"eventTime\":\"2026-03-04T12:00:00Z\"}\n");
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Djava.io.tmpdir=" + dir.resolve("missing"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "summarize", "--json", archive.toString(), plain.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Cli.INPUT, run.exitValue());

        List<String> errors = Files.readAllLines(err).stream().filter(l -> !l.startsWith("SLF4J"))
                // JDK 25 itself warns once about the missing temp folder; only our own line is under test
                .filter(l -> !l.startsWith("WARNING: java.io.tmpdir")).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("auditlens: " + archive + ": cannot be read: the embedded Parquet reader "
                + "(DuckDB) did not start"), errors.get(0));
        assertTrue(!errors.get(0).matches(".*[A-Z][a-z]+Exception.*"), "no exception class name: " + errors.get(0));
        JsonNode summary = new ObjectMapper().readTree(out.toFile());
        assertEquals("parquet", summary.get("files").get(0).get("format").asText());
        assertEquals(1, summary.get("events").asInt(), "the plain export still loads");
    }
}
