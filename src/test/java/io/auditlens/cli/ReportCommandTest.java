package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.evidence.CaseStore;
import io.auditlens.ingest.Loader;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.ReportFigures;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML audit report: its figures equal summarize --json, and text from events or notes never runs. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path input;
    private Path caseFile;
    private Map<String, String> env;

    @BeforeEach
    void write() throws Exception {
        List<String> lines = new ArrayList<>();
        String digest = "sha256:" + "ab".repeat(32);
        for (int i = 0; i < 40; i++) {
            lines.add(EventJson.at("2026-03-0" + (1 + i % 9) + "T1" + (i % 10) + ":00:00Z",
                    i % 3 == 0 ? "image.pull" : i % 3 == 1 ? "image.push" : "namespace.create")
                    .outcome(i % 7 == 0 ? "failure" : "success").region(i % 2 == 0 ? "eu-de" : "us-south")
                    .initiator("user" + (i % 4) + "@example.com", null)
                    .image("us.icr.io/team/app:1." + (i % 3), digest)
                    .message(i == 5 ? "<script>alert(1)</script>" : i == 6 ? "<img src=x onerror=alert(2)>" : "e" + i)
                    .json());
        }
        lines.add("not json");
        input = TestInputs.ndjson(dir, "events.ndjson", lines);
        EventStore store = new Loader().load(List.of(input)).store();
        caseFile = dir.resolve("case.alcase");
        try (CaseStore c = new CaseStore(caseFile)) {
            c.rename("Pulls of <team/app>");
            c.label(List.of(store.hash(5), store.hash(6)), "Suspicious");
            c.note(List.of(store.hash(5)), "</td><script>alert('note')</script>");
        }
        env = new HashMap<>(System.getenv());
        env.put("AUDITLENS_CONFIG_DIR", dir.resolve("config").toString());
    }

    @Test
    void everyFigureAndFacetRowEqualsSummarizeJson() throws Exception {
        for (String query : List.of("", "outcome:success region:eu-de", "label:Suspicious")) {
            Path out = dir.resolve("report.html");
            CliRun run = CliRun.in(env, "report", "--case", caseFile.toString(), "--query", query, "--out",
                    out.toString(), input.toString());
            assertEquals(0, run.exitCode(), run.err());
            String html = Files.readString(out);
            JsonNode summary = JSON.readTree(CliRun.in(env, "summarize", "--json", "--case", caseFile.toString(),
                    "--query", query, input.toString()).out());

            ReportFigures.of(html).assertEqualTo(summary, query);
        }
    }

    @Test
    void textFromEventsAndNotesIsEscapedAndNoScriptMayRun() throws Exception {
        Path out = dir.resolve("report.html");
        assertEquals(0, CliRun.in(env, "report", "--case", caseFile.toString(), "--out", out.toString(),
                input.toString()).exitCode());
        String html = Files.readString(out);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no image element");
        assertTrue(html.contains("&lt;/td&gt;&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"), "the note as text");
        assertTrue(html.contains("<title>Pulls of &lt;team/app&gt;</title>"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from the network");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertTrue(html.contains("Suspicious"), "the labelled events are listed");
        assertTrue(html.contains("line 41") || html.contains(">41<"), "the rejected line is in the load report");
    }
}
