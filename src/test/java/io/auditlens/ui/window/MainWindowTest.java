package io.auditlens.ui.window;

import io.auditlens.query.EventField;
import io.auditlens.engine.HistogramData;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.load.LoadReportDialog;
import io.auditlens.detail.JsonTreeNode;
import io.auditlens.ingest.FileReport;
import io.auditlens.query.Facet;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
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

import static io.auditlens.ui.TestWindows.waitUntil;
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
        window = TestWindows.show(stage, dir);
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
    void pickingARegionAndAnActionShowsTheEnginesCountInTableFacetsAndHistogram(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 60), LoadMode.REPLACE);
        EventStore store = window.model().getData().store();
        SelectionResult before = window.model().getResult();

        robot.clickOn(window.facets().checkBox(Facet.REGION, "eu-de"));
        waitUntil(() -> window.model().getResult() != before && !window.model().getRequest().picks().isEmpty());
        SelectionResult regionOnly = window.model().getResult();
        robot.clickOn(window.facets().checkBox(Facet.ACTION, "container-registry.image.pull"));
        waitUntil(() -> window.model().getResult() != regionOnly);
        WaitForAsyncUtils.waitForFxEvents();

        Selection expected = Selection.all()
                .withPick(Facet.REGION, "eu-de", true)
                .withPick(Facet.ACTION, "container-registry.image.pull", true);
        io.auditlens.query.SelectionResult engine = new SelectionEngine(store).evaluate(expected);
        assertTrue(engine.count() > 0);
        assertEquals(engine.count(), window.table().tableView().getItems().size());
        assertTrue(robot.lookup("#statusEvents").queryLabeled().getText()
                .startsWith(engine.count() + " of 60"));
        assertEquals(engine.facet(Facet.REGION).count("jp-tok"),
                window.model().getResult().count(Facet.REGION, "jp-tok"), "disjunctive count of another region");
        HistogramData bars = window.histogram().shownData();
        long drawn = 0;
        for (int b = 0; b < bars.buckets(); b++) {
            drawn += bars.total(b);
        }
        assertEquals(engine.count(), drawn);

        robot.clickOn("#clearAllFacets");
        waitUntil(() -> window.model().getResult().matching() == 60);
    }

    @Test
    void aTypedQueryFiltersTheTableAsTheEngineDoes(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 40), LoadMode.REPLACE);
        EventStore store = window.model().getData().store();
        String query = "action:image.push -region:jp-tok";

        robot.clickOn("#queryField").write(query).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.model().getResult().request().query().equals(query));
        WaitForAsyncUtils.waitForFxEvents();

        int expected = new SelectionEngine(store).evaluate(Selection.of(query)).count();
        assertTrue(expected > 0 && expected < 40);
        assertEquals(expected, window.table().tableView().getItems().size());
        for (Integer row : window.table().tableView().getItems()) {
            assertEquals("container-registry.image.push", store.value(EventColumn.ACTION, row));
        }
    }

    @Test
    void sortingAColumnOrdersRowsThroughTheEngine(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 30), LoadMode.REPLACE);
        EventStore store = window.model().getData().store();
        TableView<Integer> table = window.table().tableView();

        // The header may lie outside the visible part of the table, so the sort is set as a header click sets it.
        robot.interact(() -> {
            var column = table.getColumns().stream()
                    .filter(c -> "column-initiator".equals(c.getId())).findFirst().orElseThrow();
            column.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
        });
        waitUntil(() -> window.model().getResult().request().sort().field() == EventField.INITIATOR);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = window.table().tableView().getItems().stream()
                .map(row -> store.value(EventColumn.INITIATOR_NAME, row)).toList();
        assertEquals(shown.stream().sorted().toList(), shown);
    }

    @Test
    void copiesARowAndTheEventsOriginalJson(FxRobot robot) throws Exception {
        drop(robot, TestExports.mixed(dir, "events.ndjson", 5), LoadMode.REPLACE);
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn(table).type(javafx.scene.input.KeyCode.HOME);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String row = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertTrue(row.startsWith("2026-03-04 12:00:00.000\timage.push\tfailure\t"), row);

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.J)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get().startsWith("{\"eventTime\""));
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
}
