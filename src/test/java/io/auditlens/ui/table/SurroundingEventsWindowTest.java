package io.auditlens.ui.table;

import io.auditlens.query.Facet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.WindowChecks;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Show surrounding events" in the real window: the events just before and after the selected one, including those
 * the filters hide, the anchor marked; More widens; Back and Escape give the selection back as it was.
 */
@ExtendWith(ApplicationExtension.class)
class SurroundingEventsWindowTest {

    // One event a second, so that store rows are in time order and the neighbours are plain to compute.
    private static final int EVENTS = 200;

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theShortcutListsTenEventsEachSideWhateverTheFilterAndEscapeGivesTheSelectionBack(FxRobot robot)
            throws Exception {
        load(robot);
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> window.model().updateRequest(r -> r.withPick(Facet.REGION, "eu-de", true)));
        waitUntil(() -> window.model().getResult().matching() < EVENTS && table.getItems().size()
                == window.model().getResult().matching());
        int position = 40;
        int anchor = table.getItems().get(position);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(position);
            table.scrollTo(position - 3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int firstShown = TableLines.first(table);
        List<Integer> selection = List.copyOf(table.getItems());

        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        SurroundingMode mode = window.table().surrounding();
        waitUntil(() -> mode.shown() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(rowsAround(anchor, SurroundingMode.FIRST_SPAN), List.copyOf(table.getItems()));
        EventStore store = window.model().getData().store();
        assertTrue(table.getItems().stream().anyMatch(r -> !store.value(EventColumn.REGION, r).equals("eu-de")),
                "events the region pick hides are listed");
        assertEquals(anchor, table.getSelectionModel().getSelectedItem());
        assertEquals(anchor, markedRow(robot));
        assertTrue(mode.barText().startsWith("21 events around 2026-03-04 "), mode.barText());
        assertTrue(mode.barText().contains(" UTC · 10 before, 10 after, from all loaded events whatever the filters"),
                mode.barText());
        assertEquals(window.model().getResult().matching(), selection.size(), "the facets keep the selection");

        robot.clickOn("#surroundingMore");
        waitUntil(() -> mode.shown() != null && mode.shown().rows().length == 41);
        assertEquals(rowsAround(anchor, 20), List.copyOf(table.getItems()));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == position);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(mode.active());
        assertEquals(selection, List.copyOf(table.getItems()));
        assertEquals(anchor, window.model().selectedRowProperty().get());
        assertEquals(firstShown, TableLines.first(table));
        assertFalse(robot.lookup("#surroundingBar").query().isVisible());
    }

    @Test
    void theDetailPanesButtonNearTheStartAndBackToSelection(FxRobot robot) throws Exception {
        load(robot);
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("outcome:failure")));
        waitUntil(() -> window.model().getResult().request().query().equals("outcome:failure")
                && table.getItems().size() == window.model().getResult().matching());
        int anchor = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> window.detail().shownDetail() != null);

        robot.clickOn("#surroundingButton");
        SurroundingMode mode = window.table().surrounding();
        waitUntil(() -> mode.shown() != null);

        assertEquals(rowsAround(anchor, 10), List.copyOf(table.getItems()));
        assertTrue(mode.barText().contains(" · " + anchor + " before, 10 after,"), mode.barText());
        assertTrue(mode.barText().endsWith("from the first event"), mode.barText());

        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        assertEquals(table.getItems().get(2), window.model().selectedRowProperty().get());
        robot.clickOn("#surroundingBack");
        waitUntil(() -> !mode.active() && table.getSelectionModel().getSelectedIndex() == 0);

        assertEquals(window.model().getResult().matching(), table.getItems().size());
        assertEquals(anchor, window.model().selectedRowProperty().get());
    }

    @Test
    void aNewQueryLeavesTheSurroundingEventsForItsAnswer(FxRobot robot) throws Exception {
        Path export = load(robot);
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(100));
        robot.interact(() -> window.model().showSurrounding(window.model().selectedRowProperty().get()));
        SurroundingMode mode = window.table().surrounding();
        waitUntil(() -> mode.shown() != null);

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("outcome:failure")));

        WindowChecks.assertSameAsSummarize(window, "outcome:failure", export);
        waitUntil(() -> table.getItems().size() == window.model().getResult().matching());
        assertFalse(mode.active());
    }

    private static List<Integer> rowsAround(int anchor, int n) {
        return IntStream.rangeClosed(Math.max(0, anchor - n), Math.min(EVENTS - 1, anchor + n)).boxed().toList();
    }

    private static int markedRow(FxRobot robot) {
        List<Integer> marked = new ArrayList<>();
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> row && !row.isEmpty()
                    && row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("anchor"))) {
                marked.add((Integer) row.getItem());
            }
        }
        assertEquals(1, marked.size(), "one line is marked");
        return marked.get(0);
    }

    private Path load(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", EVENTS);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == EVENTS);
        WaitForAsyncUtils.waitForFxEvents();
        return export;
    }
}
