package io.auditlens.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.export.EventExport;
import io.auditlens.export.ExportFormat;
import io.auditlens.export.ExportVerifier;
import io.auditlens.export.VerifyReport;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.Notice;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Export from the window: what it writes verifies, and every failure is told and leaves nothing behind. */
@ExtendWith(ApplicationExtension.class)
class WindowExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MainWindow window;
    private Path input;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void anExportFromTheWindowVerifiesAndAChangedByteIsNamedByLine(FxRobot robot) throws Exception {
        load(robot, 30);
        Path out = dir.resolve("pulls.ndjson");
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("image.pull")));
        waitUntil(() -> window.model().getResult().request().query().equals("image.pull"));
        int selected = window.model().getResult().matching();

        window.exports().setChooser((owner, title, suggested, kind, extension) -> {
            assertEquals(".ndjson", extension);
            return Optional.of(out);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportTarget").tryQuery().isPresent());
        robot.clickOn("#exportNdjson");
        robot.clickOn("#exportChoose");
        assertEquals(out.toString(), robot.lookup("#exportTarget").queryAs(TextField.class).getText());
        robot.clickOn("#exportButton");
        Notice done = awaitNotice("Export written");
        assertTrue(done.text().contains(out.toString()), done.text());
        assertEquals("Copy path", done.action().label());

        VerifyReport ok = new ExportVerifier().verify(out, Optional.empty());
        assertTrue(ok.verified(), ok.differences().toString());
        assertEquals(selected, ok.provenance().eventCount());
        assertEquals("image.pull", ok.provenance().selection().query());
        assertEquals(selected, Files.readAllLines(out).size());

        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        int digit = text.indexOf("12:", third) + 3;
        bytes[digit] = (byte) (bytes[digit] == '9' ? '8' : '9');
        Files.write(out, bytes);
        VerifyReport changed = new ExportVerifier().verify(out, Optional.empty());
        assertFalse(changed.verified());
        assertTrue(changed.differences().contains("export changed: line 3 differs from the exported text"),
                changed.differences().toString());
    }

    @Test
    void onlyTheLabelledEventsGoIntoACsvWhoseProvenanceNamesTheCase(FxRobot robot) throws Exception {
        load(robot, 30);
        waitUntil(() -> window.evidence().opened());
        List<Integer> rows = List.of(window.model().getResult().rows()[2], window.model().getResult().rows()[9]);
        robot.interact(() -> window.evidence().toggle(rows, "Evidence"));
        waitUntil(() -> window.model().annotationsProperty().get().annotatedRows().length == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Path out = dir.resolve("evidence.csv");
        robot.interact(() -> window.exports().start(new ExportChoice(ExportFormat.CSV, true, out)));
        awaitNotice("Export written");
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("\uFEFFtime,action,outcome,initiator,ip,target,labels,note", lines.get(0),
                "the table's visible columns in table order, then labels and note");
        assertTrue(lines.get(1).endsWith(",Evidence,"), lines.get(1));
        JsonNode provenance = JSON.readTree(EventExport.sidecarOf(out).toFile());
        assertEquals("*", provenance.at("/selection/label").asText());
        assertEquals(TestWindows.config(dir).resolve("unsaved.alcase").toString(),
                provenance.at("/selection/caseFile").asText());
        VerifyReport ok = new ExportVerifier().verify(out, Optional.empty());
        assertTrue(ok.verified(), ok.differences().toString());
    }

    @Test
    void anInputAsTheTargetIsRefusedInTheDialogWhichStaysOpen(FxRobot robot) throws Exception {
        load(robot, 10);
        byte[] before = Files.readAllBytes(input);
        robot.interact(() -> window.exports().ask(window.scene().getWindow()));
        TextField target = robot.lookup("#exportTarget").queryAs(TextField.class);
        robot.interact(() -> target.setText(input.toString()));
        robot.clickOn("#exportNdjson");
        robot.clickOn("#exportButton");
        Label problem = robot.lookup("#exportProblem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertEquals("events.ndjson is one of the inputs; AuditLens never writes over an input: choose another name",
                problem.getText());
        assertTrue(target.getScene().getWindow().isShowing(), "the dialog stays open to fix the name");
        assertEquals(List.of(), window.model().notices().stream().map(Notice::title).toList());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(input));
    }

    @Test
    void aFullDiskAFolderThatRefusesAndACancelEachSayWhatHappenedAndLeaveNoFile(FxRobot robot) throws Exception {
        load(robot, 3000);
        Path out = dir.resolve("all.ndjson");

        window.exports().setWriter(new EventExport("ana", Clock.systemUTC(), (from, to) -> {
            throw new java.io.IOException("No space left on device");
        })::write);
        robot.interact(() -> window.exports().start(new ExportChoice(ExportFormat.NDJSON, false, out)));
        Notice full = awaitNotice("The export could not be written");
        assertEquals("the disk is full (No space left on device); nothing was left under all.ndjson.", full.text());
        assertNothingWritten(out);

        window.exports().setWriter(new EventExport("ana", Clock.systemUTC(), (from, to) -> {
            throw new AccessDeniedException(to.toString());
        })::write);
        robot.interact(() -> window.model().notices().clear());
        robot.interact(() -> window.exports().start(new ExportChoice(ExportFormat.CSV, false, out)));
        Notice denied = awaitNotice("The export could not be written");
        assertEquals("cannot write to " + dir.toRealPath() + ": permission denied; nothing was left under "
                + "all.ndjson.", denied.text().replace(dir.toString(), dir.toRealPath().toString()));
        assertNothingWritten(out);

        // Cancel once the first thousand events are written, as a person pressing Cancel would.
        ExportWriter standard = ExportWriter.standard();
        window.exports().setWriter((request, progress, cancel) -> standard.write(request, (done, total) -> {
            progress.exported(done, total);
            if (done >= 1024) {
                window.outputs().cancel();
            }
        }, cancel));
        robot.interact(() -> window.model().notices().clear());
        robot.interact(() -> window.exports().start(new ExportChoice(ExportFormat.NDJSON, false, out)));
        Notice cancelled = awaitNotice("Export cancelled");
        assertEquals("Nothing was written to all.ndjson.", cancelled.text());
        waitUntil(() -> !window.outputs().busy());
        assertNothingWritten(out);
    }

    private void assertNothingWritten(Path out) throws Exception {
        // The temporary file is removed by the writing thread as it stops.
        waitUntil(() -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.noneMatch(p -> p.toString().endsWith(".tmp"));
            }
        });
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(EventExport.sidecarOf(out)));
    }

    private Notice awaitNotice(String title) {
        waitUntil(() -> window.model().notices().stream().anyMatch(n -> n.title().equals(title)));
        return window.model().notices().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    private void load(FxRobot robot, int events) throws Exception {
        input = TestExports.mixed(dir, "events.ndjson", events);
        robot.interact(() -> window.open(List.of(input), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().matching() == events);
    }
}
