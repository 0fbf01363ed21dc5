package io.auditlens.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.cli.Cli;
import io.auditlens.query.Facet;
import io.auditlens.query.TimeRange;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.ReportFigures;
import io.auditlens.testdata.TestInputs;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.Notice;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Audit report from the window: the HTML's figures equal summarize --json for the same selection. */
@ExtendWith(ApplicationExtension.class)
class WindowReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theReportOfTheWindowsSelectionHasTheFiguresOfSummarizeAndOpensInTheBrowser(FxRobot robot) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(EventJson.at("2026-03-0" + (1 + i % 9) + "T1" + (i % 10) + ":00:00Z",
                    i % 3 == 0 ? "image.pull" : i % 3 == 1 ? "image.push" : "namespace.create")
                    .outcome(i % 7 == 0 ? "failure" : "success").region(i % 2 == 0 ? "eu-de" : "us-south")
                    .initiator("user" + (i % 4) + "@example.com", null)
                    .image("us.icr.io/team/app:1." + (i % 3), "sha256:" + "ab".repeat(32))
                    .message(i == 5 ? "<script>alert(1)</script>" : "e" + i).json());
        }
        Path input = TestInputs.ndjson(dir, "events.ndjson", lines);
        robot.interact(() -> window.open(List.of(input), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().matching() == 40);
        waitUntil(() -> window.evidence().opened());
        int[] all = window.model().getResult().rows();
        robot.interact(() -> window.evidence().toggle(List.of(all[4], all[5], all[11]), "Suspicious"));
        waitUntil(() -> window.model().annotationsProperty().get().annotatedRows().length == 3);

        long from = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
        long until = Instant.parse("2026-03-08T00:00:00Z").toEpochMilli();
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("-namespace.create")
                .withPick(Facet.REGION, "eu-de", true).withRange(new TimeRange(from, until))));
        waitUntil(() -> window.model().getResult().request().range().from() == from);

        Path out = dir.resolve("report.html");
        List<String> opened = new ArrayList<>();
        window.reports().setChooser((owner, title, suggested, kind, extension) -> Optional.of(out));
        window.setBrowser(opened::add);
        robot.interact(() -> menuItem("reportMenuItem").fire());
        Notice done = awaitNotice("Audit report written");
        String html = Files.readString(out);

        String query = "-namespace.create region:eu-de after:2026-03-02 before:2026-03-08";
        StringWriter json = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"summarize", "--json", "--query", query, input.toString()},
                new PrintWriter(json), new PrintWriter(new StringWriter())));
        JsonNode summary = JSON.readTree(json.toString());
        assertTrue(summary.get("events").asLong() > 0 && summary.get("events").asLong() < 40, json.toString());
        ReportFigures.of(html).assertEqualTo(summary, query);
        assertTrue(html.contains("Suspicious"), "the labelled events are listed");
        assertFalse(html.contains("<script"), "no script element");

        robot.interact(() -> done.action().perform().run());
        assertEquals(List.of(out.toUri().toString()), opened);
    }

    @Test
    void aReportOverAnInputIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Path input = TestInputs.ndjson(dir, "events.ndjson", List.of(EventJson.at("2026-03-01T10:00:00Z",
                "image.pull").json()));
        robot.interact(() -> window.open(List.of(input), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null);
        String before = Files.readString(input);
        robot.interact(() -> window.reports().write(input));
        Notice refused = awaitNotice("The report was not written");
        assertTrue(refused.text().contains("events.ndjson is one of the inputs"), refused.text());
        assertEquals(before, Files.readString(input));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.scene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private Notice awaitNotice(String title) {
        waitUntil(() -> window.model().notices().stream().anyMatch(n -> n.title().equals(title)));
        return window.model().notices().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }
}
