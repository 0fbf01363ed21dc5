package io.auditlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class QueryCommandTest {

    @TempDir
    Path dir;

    private String file;
    private List<String> lines;

    @BeforeEach
    void write() throws Exception {
        lines = List.of(
                "{\"eventTime\": \"2026-03-04T12:00:00Z\",  \"action\": \"container-registry.image.push\","
                        + " \"outcome\": \"success\", \"message\": \"=HYPERLINK(\\\"x\\\"), \\\"hi\\\"\","
                        + " \"initiator\": {\"name\": \"ana@example.com\"}}",
                EventJson.at("2026-03-04T11:00:00Z", "image.pull").outcome("failure").region("eu-de")
                        .message("+1 line\r\nbreak").initiator("@bob", null).json(),
                EventJson.at("2026-03-04T13:00:00Z", "image.pull").outcome("success").region("us-south")
                        .message("-minus\ttab").json());
        file = TestInputs.ndjson(dir, "a.ndjson", lines).toString();
    }

    @Test
    void ndjsonIsTheOriginalTextInTimeOrder() {
        CliRun run = CliRun.of("query", "--format", "ndjson", file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(lines.get(1) + "\n" + lines.get(0) + "\n" + lines.get(2) + "\n", run.out());
    }

    @Test
    void ndjsonOfPrettyPrintedEventsIsOneLineEach() throws Exception {
        String pretty = EventJson.at("2026-03-04T12:00:00Z", "image.push").message("a b").prettyJson();
        Path array = Files.writeString(dir.resolve("array.json"), "[\r\n" + pretty.replace("\n", "\r\n") + "\r\n]");
        CliRun run = CliRun.of("query", "--format", "ndjson", array.toString());
        assertEquals(pretty.replace("\n", "") + "\n", run.out());
    }

    @Test
    void queryAndLimitAndSort() {
        CliRun run = CliRun.of("query", "--format", "ndjson", "--query", "action:image.pull", "--sort", "time",
                "--desc", "--limit", "1", file);
        assertEquals(lines.get(2) + "\n", run.out());
    }

    @Test
    void csvIsRfc4180WithFormulaGuard() {
        CliRun run = CliRun.of("query", "--format", "csv", "--fields", "time,message,initiator,outcome", file);
        assertEquals("time,message,initiator,outcome\r\n"
                + "2026-03-04T11:00:00.000Z,\"'+1 line\r\nbreak\",'@bob,failure\r\n"
                + "2026-03-04T12:00:00.000Z,\"'=HYPERLINK(\"\"x\"\"), \"\"hi\"\"\",ana@example.com,success\r\n"
                + "2026-03-04T13:00:00.000Z,'-minus\ttab,,success\r\n", run.out());
    }

    @Test
    void tableHasAlignedDefaultColumns() {
        CliRun run = CliRun.of("query", "--limit", "2", file);
        String[] out = run.out().split("\n");
        assertEquals(4, out.length);
        assertTrue(out[0].matches("time +region +action +outcome +initiator +target +status"), out[0]);
        assertEquals(out[0].indexOf("region"), out[1].indexOf("eu-de"));
        assertTrue(out[0].endsWith("status"), out[0]);
        assertEquals("(2 of 3 events shown)", out[3]);
        assertFalse(run.out().contains("\t"));
    }

    @Test
    void aSyntaxErrorIsExitTwoWithTheColumn() {
        CliRun run = CliRun.of("query", "--query", "region:eu-de (a", file);
        assertEquals(2, run.exitCode());
        assertEquals("auditlens: query syntax error at column 14: expected ')' to close this '('\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        CliRun run = CliRun.of("query", "--query", "colour:red", file);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("auditlens: query syntax error at column 1: expected a field name (action,"),
                run.err());
        CliRun fields = CliRun.of("query", "--fields", "time,colour", file);
        assertEquals(2, fields.exitCode());
        assertTrue(fields.err().contains("unknown field 'colour'; known fields: time, region"), fields.err());
    }

    @Test
    void regexCharactersAndAHugeQueryAreFine() {
        assertEquals(0, CliRun.of("query", "--format", "ndjson", "--query", "\"[(.*+?\"", file).out().length());
        String huge = "region:eu-de OR ".repeat(100_000 / 16) + "region:us-south";
        CliRun run = CliRun.of("query", "--format", "ndjson", "--query", huge, file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().split("\n").length);
    }

    @Test
    void aPathNoEventHasGivesNoEvents() {
        CliRun run = CliRun.of("query", "--format", "ndjson", "--query", "requestData.nothing.here:x", file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingFileIsExitThree() {
        CliRun run = CliRun.of("query", dir.resolve("missing.json").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("auditlens: "), run.err());
    }

    @Test
    void aFileChangedSinceLoadingStopsNdjsonWithAnInputError() throws Exception {
        Path f = TestInputs.ndjson(dir, "b.ndjson", lines);
        io.auditlens.store.EventStore store = TestInputs.load(f).store();
        Files.writeString(f, "replaced");
        java.io.StringWriter out = new java.io.StringWriter();
        Cli.InputException e = org.junit.jupiter.api.Assertions.assertThrows(Cli.InputException.class,
                () -> EventNdjson.write(new java.io.PrintWriter(out), new io.auditlens.store.RawEvents(store),
                        new int[] {0}));
        assertTrue(e.getMessage().contains("changed since it was loaded"), e.getMessage());
        assertEquals("", out.toString());
    }
}
