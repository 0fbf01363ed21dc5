package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.evidence.CaseStore;
import io.auditlens.ingest.Loader;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** export, verify and --case on the command line, as an auditor hands evidence over. */
class ExportVerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path input;
    private Path gzip;
    private Path caseFile;

    @BeforeEach
    void writeInputsAndCase() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(EventJson.at("2026-03-04T1" + i + ":00:00Z", i % 2 == 0 ? "image.pull" : "image.push")
                    .outcome(i == 3 ? "failure" : "success").region(i < 3 ? "eu-de" : "us-south")
                    .message(i == 0 ? "=HYPERLINK(\"http://x\")" : "event " + i).json());
        }
        input = TestInputs.ndjson(dir, "events.ndjson", lines);
        gzip = TestInputs.gzip(dir, "events.ndjson.gz", lines);
        EventStore store = new Loader().load(List.of(input)).store();
        caseFile = dir.resolve("pulls.alcase");
        try (CaseStore c = new CaseStore(caseFile)) {
            // rows are in input order: label events 0, 2 and 3
            c.label(List.of(store.hash(0), store.hash(2), store.hash(3)), "Evidence");
            c.note(List.of(store.hash(0)), "=1+1 looks like a formula");
            c.label(List.of(new EventHash(9, 9)), "Evidence"); // an event not in the loaded data
        }
    }

    @Test
    void theCasesLabelsFollowTheEventsIntoAGzipAndIntoQueries() {
        CliRun run = CliRun.of("query", "--case", caseFile.toString(), "--query", "label:Evidence",
                "--format", "ndjson", gzip.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, run.out().lines().count());
        CliRun noted = CliRun.of("summarize", "--json", "--case", caseFile.toString(), "--query", "has:note",
                input.toString());
        assertTrue(noted.out().contains("\"events\" : 1") || noted.out().contains("\"events\":1"), noted.out());
    }

    @Test
    void anNdjsonExportLoadedAgainGivesTheSelectionsFigures() throws Exception {
        Path out = dir.resolve("evidence.ndjson");
        CliRun export = CliRun.of("export", "--format", "ndjson", "--case", caseFile.toString(), "--label",
                "Evidence", "--out", out.toString(), input.toString());
        assertEquals(0, export.exitCode(), export.err());
        JsonNode selected = summary("--case", caseFile.toString(), "--query", "label:Evidence", input.toString());
        JsonNode exported = summary(out.toString());
        for (String key : List.of("events", "digests", "timeRange", "facets")) {
            assertEquals(selected.get(key), exported.get(key), key);
        }
        JsonNode provenance = JSON.readTree(dir.resolve("evidence.ndjson.provenance.json").toFile());
        assertEquals(3, provenance.get("eventCount").asInt());
        assertEquals("Evidence", provenance.at("/selection/label").asText());
        assertEquals(input.toString(), provenance.at("/inputs/0/path").asText());
        assertEquals(64, provenance.at("/export/sha256").asText().length());
    }

    @Test
    void verifyPassesThenNamesTheChangedLineThenTheChangedSource() throws Exception {
        Path out = dir.resolve("all.csv");
        assertEquals(0, CliRun.of("export", "--format", "csv", "--case", caseFile.toString(), "--out",
                out.toString(), input.toString()).exitCode());
        CliRun ok = CliRun.of("verify", out.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("verified: "), ok.out());

        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int third = text.indexOf("\n", text.indexOf("\n") + 1) + 1; // the start of line 3
        bytes[third + 3] = (byte) (bytes[third + 3] == '9' ? '8' : '9');
        Files.write(out, bytes);
        CliRun changed = CliRun.of("verify", out.toString());
        assertEquals(1, changed.exitCode());
        assertTrue(changed.out().contains("export changed: line 3 differs"), changed.out());

        Files.writeString(out, text);
        assertEquals(0, CliRun.of("verify", out.toString()).exitCode());
        Files.writeString(input, Files.readString(input).replace("event 5", "event 6"));
        CliRun source = CliRun.of("verify", out.toString());
        assertEquals(1, source.exitCode());
        assertTrue(source.out().contains("input " + input + " changed: SHA-256 was "), source.out());
    }

    @Test
    void verifyFindsMovedSourcesByNameAndHashAndNoticesTheSelectionChanging() throws Exception {
        Path out = dir.resolve("evidence.ndjson");
        assertEquals(0, CliRun.of("export", "--format", "ndjson", "--case", caseFile.toString(), "--label",
                "Evidence", "--out", out.toString(), input.toString()).exitCode());
        Path moved = Files.createDirectories(dir.resolve("handed-over/inputs"));
        Files.move(input, moved.resolve("events.ndjson"));
        CliRun missing = CliRun.of("verify", out.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.out().contains("input " + input + " is missing"), missing.out());
        CliRun found = CliRun.of("verify", out.toString(), "--sources", dir.resolve("handed-over").toString());
        assertEquals(0, found.exitCode(), found.out());

        Files.move(moved.resolve("events.ndjson"), input);
        EventStore store = new Loader().load(List.of(input)).store();
        try (CaseStore c = new CaseStore(caseFile)) {
            c.label(List.of(store.hash(5)), "Evidence");
        }
        CliRun more = CliRun.of("verify", out.toString());
        assertEquals(1, more.exitCode());
        assertTrue(more.out().contains("the selection now gives 1 more event than were exported"), more.out());
    }

    @Test
    void csvHasABomLabelsAndNotesAndNoCellThatRunsAsAFormula() throws Exception {
        Path out = dir.resolve("all.csv");
        assertEquals(0, CliRun.of("export", "--format", "csv", "--case", caseFile.toString(), "--fields",
                "time,message", "--out", out.toString(), input.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(0xEF, bytes[0] & 0xFF);
        List<String> rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("time,message,labels,note", rows.get(0));
        assertEquals("2026-03-04T10:00:00.000Z,\"'=HYPERLINK(\"\"http://x\"\")\",Evidence,'=1+1 looks like a formula",
                rows.get(1));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"));
    }

    @Test
    void badExportsAndSidecarsGetOneLineAndLeaveNothingBehind() throws Exception {
        CliRun ontoInput = CliRun.of("export", "--format", "ndjson", "--out", input.toString(), input.toString());
        assertEquals(2, ontoInput.exitCode());
        assertTrue(ontoInput.err().contains("is one of the inputs"), ontoInput.err());

        CliRun noCase = CliRun.of("export", "--format", "ndjson", "--label", "Evidence", "--out",
                dir.resolve("x.ndjson").toString(), input.toString());
        assertEquals(2, noCase.exitCode());
        assertTrue(noCase.err().contains("--label needs --case"), noCase.err());

        Path out = dir.resolve("x.ndjson");
        assertEquals(0, CliRun.of("export", "--format", "ndjson", "--out", out.toString(), input.toString())
                .exitCode());
        Files.writeString(dir.resolve("x.ndjson.provenance.json"), "not json");
        CliRun broken = CliRun.of("verify", out.toString());
        assertEquals(3, broken.exitCode());
        assertTrue(broken.err().startsWith("auditlens: " + out + ": not JSON"), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());

        Files.writeString(caseFile, "{\"auditlensCase\": 7}");
        CliRun later = CliRun.of("query", "--case", caseFile.toString(), input.toString());
        assertEquals(3, later.exitCode());
        assertTrue(later.err().contains("later version"), later.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    private static JsonNode summary(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("summarize", "--json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }
}
