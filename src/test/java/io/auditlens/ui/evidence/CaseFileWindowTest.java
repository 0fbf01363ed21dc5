package io.auditlens.ui.evidence;

import io.auditlens.evidence.CaseDocument;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.HistoryEntry;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.Notice;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static io.auditlens.ui.TestWindows.waitUntil;
import static io.auditlens.ui.evidence.CaseWindows.ctrl;
import static io.auditlens.ui.evidence.CaseWindows.labelled;
import static io.auditlens.ui.evidence.CaseWindows.load;
import static io.auditlens.ui.evidence.CaseWindows.notice;
import static io.auditlens.ui.evidence.CaseWindows.openCase;
import static io.auditlens.ui.evidence.CaseWindows.queried;
import static io.auditlens.ui.evidence.CaseWindows.restart;
import static io.auditlens.ui.evidence.CaseWindows.saveAs;
import static io.auditlens.ui.evidence.CaseWindows.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named case files in the window: save as, reopen with labels, notes and history, inputs checked on open. */
@ExtendWith(ApplicationExtension.class)
class CaseFileWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void labelsNoteAndHistoryComeBackOnTheSameCaseAndStayOnTheEventsLoadedFromAGzip(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 20);
        load(robot, window, export, 20);
        Path caseFile = dir.resolve("pulls of api.alcase");
        saveAs(robot, window, caseFile);
        waitUntil(() -> window.model().caseNameProperty().get().equals("pulls of api"));
        assertTrue(((Stage) window.scene().getWindow()).getTitle().contains("case pulls of api"));

        Set<Integer> chosen = select(robot, window, 1, 4, 7);
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(() -> labelled(window, "Evidence").equals(chosen));
        select(robot, window, 4);
        int noted = window.model().selectedRows().get(0);
        ctrl(robot, KeyCode.M);
        waitUntil(() -> robot.lookup("#noteText").tryQuery().isPresent());
        robot.clickOn("#noteText").write("asked the team");
        robot.clickOn(okButton(robot));
        waitUntil(() -> "asked the team".equals(window.model().annotationsProperty().get().note(noted)));

        MainWindow again = restart(robot, window, dir);
        openCase(robot, again, caseFile);
        waitUntil(() -> labelled(again, "Evidence").equals(chosen));
        assertEquals(chosen, queried(robot, again, "label:Evidence"));
        assertEquals("asked the team", again.model().annotationsProperty().get().note(noted));
        assertEquals("pulls of api", again.model().caseNameProperty().get());
        List<String> history;
        try (CaseStore store = new CaseStore(caseFile)) {
            history = store.read().history().stream().map(HistoryEntry::change).toList();
        }
        assertEquals(List.of("label added", "label added", "label added", "note set"), history);

        Path gzip = dir.resolve("events.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(Files.readAllBytes(export));
        }
        load(robot, again, gzip, 20);
        waitUntil(() -> labelled(again, "Evidence").size() == 3);
        assertEquals(3, queried(robot, again, "label:Evidence").size());
        CaseWindows.close(robot, again);
    }

    @Test
    void aNewCaseRecordsTheLoadedInputsWithTheirSha256(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 10);
        load(robot, window, export, 10);
        Path caseFile = dir.resolve("incident.alcase");
        robot.interact(() -> window.evidence().newCase(caseFile));
        waitUntil(() -> caseFile.equals(window.evidence().file()));
        waitUntil(() -> !read(caseFile).inputs().isEmpty());
        CaseDocument doc = read(caseFile);
        assertEquals("incident", doc.name());
        assertEquals(export.toAbsolutePath().toString(), doc.inputs().get(0).path());
        assertEquals(sha256(export), doc.inputs().get(0).sha256());
        assertEquals("Case: incident", robot.lookup("#statusCase").queryAs(Label.class).getText());
    }

    @Test
    void openingACaseWhoseInputChangedNamesItAndStillShowsTheLabelsOfWhatLoaded(FxRobot robot) throws Exception {
        Path kept = TestExports.mixed(dir, "kept.ndjson", 10);
        Path changed = dir.resolve("changed.ndjson");
        Files.move(TestExports.withRejectedLines(dir), changed);
        Path caseFile = caseOver(robot, kept, changed);
        Set<Integer> chosen = select(robot, window, 0, 1);
        ctrl(robot, KeyCode.DIGIT2);
        waitUntil(() -> labelled(window, "Suspicious").equals(chosen));

        Files.writeString(changed, "{\"eventTime\":\"2026-03-04T13:00:00Z\",\"action\":\"container-registry.image"
                + ".pull\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        MainWindow again = restart(robot, window, dir);
        openCase(robot, again, caseFile);
        Notice banner = notice(again, "changed or is missing");
        assertTrue(banner.text().contains(changed.toString()), banner.text());
        assertTrue(banner.text().contains("changed since it was recorded"), banner.text());
        assertFalse(banner.text().contains(kept.toString()), banner.text());
        assertTrue(again.scene().lookup("#noticeBanner").isVisible());
        waitUntil(() -> labelled(again, "Suspicious").size() == 2);
        assertEquals(sha256(kept), read(caseFile).inputs().get(0).sha256());
        String now = sha256(changed);
        assertTrue(read(caseFile).inputs().stream().noneMatch(i -> i.sha256().equals(now)),
                "the case keeps the SHA-256 it was built on");
        CaseWindows.close(robot, again);
    }

    @Test
    void aMissingInputIsNamedAndTheCaseOpensWithTheOthers(FxRobot robot) throws Exception {
        Path kept = TestExports.mixed(dir, "kept.ndjson", 10);
        Path gone = dir.resolve("gone.ndjson");
        Files.copy(TestExports.withRejectedLines(dir), gone);
        Path caseFile = caseOver(robot, kept, gone);
        Files.delete(gone);

        MainWindow again = restart(robot, window, dir);
        openCase(robot, again, caseFile);
        Notice banner = notice(again, "changed or is missing");
        assertTrue(banner.text().contains(gone + ": missing"), banner.text());
        waitUntil(() -> again.model().getData() != null && again.model().getResult() != null
                && again.model().getResult().rows().length == 10);
        CaseWindows.close(robot, again);
    }

    @Test
    void aCaseOpenedWhileAnotherLoadRunsEndsWithItsOwnInputsAndKeepsTheirRecord(FxRobot robot) throws Exception {
        Path recorded = TestExports.mixed(dir, "recorded.ndjson", 10);
        load(robot, window, recorded, 10);
        Path caseFile = dir.resolve("case.alcase");
        saveAs(robot, window, caseFile);
        waitUntil(() -> read(caseFile).inputs().size() == 1);
        MainWindow again = restart(robot, window, dir);
        Path big = TestExports.mixed(dir, "big.ndjson", 20_000);

        robot.interact(() -> {
            again.open(List.of(big), io.auditlens.ui.load.LoadMode.REPLACE);
            again.open(List.of(caseFile), io.auditlens.ui.load.LoadMode.REPLACE);
        });
        waitUntil(() -> again.model().getData() != null
                && again.model().getData().inputs().equals(List.of(recorded.toAbsolutePath().normalize()))
                && again.loads().runningProperty().get() == null);
        assertEquals(List.of(recorded.toAbsolutePath().toString()),
                read(caseFile).inputs().stream().map(io.auditlens.evidence.CaseInput::path).toList());
        CaseWindows.close(robot, again);
    }

    @Test
    void aCorruptCaseIsSetAsideWithAVisibleWarning(FxRobot robot) throws Exception {
        Path caseFile = dir.resolve("broken.alcase");
        Files.writeString(caseFile, "{\"auditlensCase\": 1, \"name\": ");
        openCase(robot, window, caseFile);
        Notice warning = notice(window, "set aside");
        assertTrue(warning.text().contains("broken.alcase could not be read"), warning.text());
        assertTrue(warning.text().contains("set aside as"), warning.text());
        try (var listing = Files.list(dir)) {
            assertTrue(listing.anyMatch(p -> p.getFileName().toString().startsWith("broken.alcase.")
                    && !p.getFileName().toString().endsWith(".lock")), "the broken file is kept aside");
        }
        assertFalse(warning.text().contains("Exception"), warning.text());
    }

    @Test
    void aCaseFromANewerVersionOpensReadOnlyWithAClearMessage(FxRobot robot) throws Exception {
        Path caseFile = dir.resolve("future.alcase");
        Files.writeString(caseFile, "{\"auditlensCase\": 99, \"name\": \"future\"}");
        openCase(robot, window, caseFile);
        Notice warning = notice(window, "read-only");
        assertTrue(warning.text().contains("later version of AuditLens"), warning.text());
        assertEquals("{\"auditlensCase\": 99, \"name\": \"future\"}", Files.readString(caseFile));
    }

    @Test
    void labelledEventsThatMatchNothingLoadedAreCountedNotDropped(FxRobot robot) throws Exception {
        Path first = TestExports.mixed(dir, "first.ndjson", 10);
        load(robot, window, first, 10);
        Path caseFile = dir.resolve("case.alcase");
        saveAs(robot, window, caseFile);
        select(robot, window, 0, 2, 3);
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(() -> labelled(window, "Evidence").size() == 3);

        Path other = TestExports.withRejectedLines(dir);
        load(robot, window, other, 2);
        Label status = robot.lookup("#statusNotLoaded").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("3 labelled events not in the loaded data"));
        assertEquals(3, read(caseFile).events().size(), "the case keeps them");
        load(robot, window, first, 10);
        waitUntil(() -> labelled(window, "Evidence").size() == 3 && status.getText().isEmpty());
    }

    /** Loads two exports and saves the case as case.alcase, once it has recorded both. */
    private Path caseOver(FxRobot robot, Path first, Path second) throws Exception {
        robot.interact(() -> window.open(List.of(first, second), io.auditlens.ui.load.LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getData().files().size() == 2);
        Path caseFile = dir.resolve("case.alcase");
        saveAs(robot, window, caseFile);
        waitUntil(() -> read(caseFile).inputs().size() == 2);
        return caseFile;
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static javafx.scene.Node okButton(FxRobot robot) {
        return dialog(robot).lookupButton(ButtonType.OK);
    }

    private static CaseDocument read(Path caseFile) throws Exception {
        if (!Files.exists(caseFile)) {
            return CaseDocument.named("");
        }
        try (CaseStore store = new CaseStore(caseFile)) {
            return store.read();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
