package io.auditlens.ui;

import io.auditlens.detail.JsonTreeNode;
import io.auditlens.ingest.FileReport;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real main window headless: loading by drop, the table, the detail pane, the load report, notices. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new ThemeSwitcher(), SelectionBackends::forStore);
        stage.show();
    }

    @Test
    void droppedExportFillsTheTable(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 50);

        drop(robot, export, LoadMode.REPLACE);

        EventStore store = window.model().getData().store();
        assertEquals(50, store.size());
        assertEquals(50, robot.lookup("#eventTable").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup("#statusEvents").queryLabeled().getText().contains("50 of 50"));
    }

    @Test
    void selectingAVulnerabilityEventShowsItsRequestAndResponseTrees(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 20), LoadMode.REPLACE);
        EventStore store = window.model().getData().store();
        TableView<Integer> table = window.table().tableView();
        int position = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            String action = store.value(EventColumn.ACTION, table.getItems().get(i));
            if (action.endsWith("image-vulnerability-status.read")) {
                position = i;
                break;
            }
        }
        int row = position;
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        waitUntil(() -> window.detail().shownDetail() != null);

        JsonTreeNode name = window.detail().requestTree().find("RequestParameters", "name");
        assertNotNull(name, "requestData tree shows RequestParameters.name");
        assertEquals(TestExports.VULNERABILITY_IMAGE, name.value());
        assertTrue(name.isCustomField());
        JsonTreeNode status = window.detail().responseTree().find("status");
        assertNotNull(status, "responseData tree shows status");
        assertEquals("UNSCANNED", status.value());
        assertTrue(status.explanation().contains("not been scanned"));
        assertTrue(robot.lookup("#detailHeadline").queryLabeled().getText()
                .matches(".+ read the vulnerability status of .+/team-web/api:1\\.4\\.2 in .+ - success"));
    }

    @Test
    void loadReportListsRejectedLines(FxRobot robot) throws Exception {
        drop(robot, TestExports.withRejectedLines(dir), LoadMode.REPLACE);
        assertTrue(noticesText().contains("2 lines were rejected"), noticesText());

        LoadReportDialog dialog = WaitForAsyncUtils.asyncFx(() -> window.showLoadReport()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing());
        FileReport file = dialog.filesTable().getItems().get(0);
        assertEquals(2, file.events());
        assertEquals(2, file.rejected());
        List<Integer> lines = dialog.linesTable().getItems().stream().map(e -> e.line()).toList();
        assertEquals(List.of(2, 4), lines);
    }

    @Test
    void droppingAPictureNamesItAndKeepsTheLoadedData(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 30), LoadMode.REPLACE);
        LoadedData before = window.model().getData();

        dropAndWait(robot, TestExports.picture(dir), LoadMode.ADD);

        assertTrue(window.model().getData() == before, "the loaded data stays");
        String notices = noticesText();
        assertTrue(notices.contains("holiday.png"), notices);
        assertTrue(notices.contains("unchanged"), notices);
    }

    @Test
    void addingFilesReloadsThePreviousOnesAndCountsDuplicates(FxRobot robot) throws Exception {
        Path first = TestExports.mixed(dir, "first.ndjson", 10);
        drop(robot, first, LoadMode.REPLACE);
        Path copy = java.nio.file.Files.copy(first, dir.resolve("copy.ndjson"));

        dropAndWait(robot, copy, LoadMode.ADD);

        LoadedData data = window.model().getData();
        assertEquals(2, data.inputs().size());
        assertEquals(10, data.store().size());
        assertEquals(10, data.files().get(1).duplicates());
    }

    @Test
    void aQuerySyntaxErrorIsShownWithItsColumn(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 10), LoadMode.REPLACE);

        robot.clickOn("#queryField").write("region:eu-de OR").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.model().queryErrorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#queryError").query().isVisible());
        String message = robot.lookup("#queryErrorMessage").queryLabeled().getText();
        assertTrue(message.startsWith("column 14: expected a term after 'OR'"), message);

        robot.type(javafx.scene.input.KeyCode.BACK_SPACE, 3).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.model().queryErrorProperty().get() == null);
        assertEquals(List.of("region:eu-de OR", "region:eu-de"),
                window.queryBar().historyEntries());
    }

    private void drop(FxRobot robot, Path file, LoadMode mode) {
        dropAndWait(robot, file, mode);
        waitUntil(() -> window.model().getResult() != null
                && window.model().getResult().total() == window.model().getData().store().size());
    }

    private void dropAndWait(FxRobot robot, Path file, LoadMode mode) {
        robot.interact(() -> window.dropOverlay().drop(List.of(file.toFile()), mode));
        waitUntil(() -> window.loads().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String noticesText() {
        StringBuilder out = new StringBuilder();
        window.model().notices().forEach(n -> out.append(n.title()).append(": ").append(n.text()).append('\n'));
        return out.toString();
    }

    // A generous bound: the condition is what is tested, not the time it takes.
    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached", e);
        }
    }
}
