package io.auditlens.sample;

import io.auditlens.cli.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code generate} command as a user runs it. */
class SampleCommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new GenerateCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void defaultsAreFiveThousandNdjsonEventsWithSeedFortyTwo() throws IOException {
        Path file = dir.resolve("sample.ndjson");
        assertEquals(0, run(file.toString()));
        assertEquals(5000, Files.readAllLines(file).size());
        Path explicit = dir.resolve("explicit.ndjson");
        assertEquals(0, run("--events", "5000", "--seed", "42", "--format", "ndjson", "--out", explicit.toString()));
        assertEquals(-1, Files.mismatch(file, explicit));
    }

    @Test
    void printsOneLineOnStderrAndNothingOnStdout() throws IOException {
        Path file = dir.resolve("e.ndjson");
        assertEquals(0, run("--events", "120", "--out", file.toString()));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("120 events") && lines.get(0).contains("ndjson")
                && lines.get(0).contains(file.toString()), lines.get(0));
        assertTrue(lines.get(0).contains(String.format("%,d bytes", Files.size(file))), lines.get(0));
        assertEquals("", out.toString());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        Path c = dir.resolve("c.ndjson");
        run("--events", "300", "--seed", "5", a.toString());
        run("--events", "300", "--seed", "5", b.toString());
        run("--events", "300", "--seed", "6", c.toString());
        assertEquals(-1, Files.mismatch(a, b));
        assertTrue(Files.mismatch(a, c) >= 0);
    }

    @Test
    void gzipAddsTheSuffixAndCompresses() throws IOException {
        Path file = dir.resolve("e.ndjson");
        assertEquals(0, run("--events", "50", "--gzip", "--out", file.toString()));
        Path gz = dir.resolve("e.ndjson.gz");
        assertTrue(Files.exists(gz));
        assertFalse(Files.exists(file));
        assertTrue(err.toString().contains("e.ndjson.gz"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertEquals(50, new String(in.readAllBytes()).lines().count());
        }
        Path named = dir.resolve("f.json.gz");
        assertEquals(0, run("--events", "5", "--gzip", "--format", "json-array", named.toString()));
        assertTrue(Files.exists(named), "an existing .gz suffix is kept");
    }

    @Test
    void everyFormatNameIsAccepted() throws IOException {
        for (String format : SampleFormat.names()) {
            Path file = dir.resolve("e-" + format);
            assertEquals(0, run("--events", "40", "--format", format, file.toString()), err.toString());
            assertTrue(Files.size(file) > 0, format);
        }
        try (ZipFile zip = new ZipFile(dir.resolve("e-zip").toFile())) {
            assertTrue(zip.size() >= 1);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        Path file = dir.resolve("e.ndjson");
        assertEquals(2, run("--format", "csv", file.toString()));
        assertTrue(err.toString().contains("csv"), err.toString());
        assertEquals(2, run("--events", "10"), "no output file");
        assertEquals(2, run("--events", "10", "--out", file.toString(), dir.resolve("other").toString()));
        assertEquals(2, run("--events", "10", "--gzip", "--format", "zip", file.toString()));
        assertEquals(2, run("--events", "10", "--gzip", "--format", "cloud-logs-parquet", file.toString()));
        assertEquals(2, run("--events", "-1", file.toString()));
        assertEquals(2, run("--events", "many", file.toString()));
        assertFalse(Files.exists(file), "nothing is written on a usage error");
    }

    @Test
    void anUnwritableOutputIsAOneLineError() {
        Path file = dir.resolve("missing-folder").resolve("e.ndjson");
        assertEquals(1, run("--events", "10", file.toString()));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("generate: cannot write"), lines.get(0));
    }

    @Test
    void cloudLogsArchiveGoesIntoANewFolder() throws IOException {
        Path folder = dir.resolve("archive");
        assertEquals(0, run("--events", "30", "--format", "cloud-logs-parquet", "--out", folder.toString()));
        assertTrue(err.toString().contains("files"), err.toString());
        assertTrue(Files.isDirectory(folder.resolve("team_id=660012")));
        assertEquals(1, run("--events", "30", "--format", "cloud-logs-parquet", "--out", folder.toString()));
        assertTrue(err.toString().contains("the folder is not empty"), err.toString());
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        for (String option : List.of("--events", "--seed", "--format", "--gzip", "--out")) {
            assertTrue(help.contains(option), option);
        }
        assertEquals("generate", new CommandLine(new GenerateCommand()).getCommandName());
    }
}
