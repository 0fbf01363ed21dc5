package io.auditlens.ui.detail;

import io.auditlens.detail.JsonTreeNode;
import io.auditlens.query.Facet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.WindowChecks;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filter for / filter out from a detail-tree node and a table cell: the query and counts summarize gives. */
@ExtendWith(ApplicationExtension.class)
class FilterFromAnythingWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void plusOnATreeNodeFiltersForItsJsonPathAndValue(FxRobot robot) throws Exception {
        Path export = load(robot);
        EventStore store = window.model().getData().store();
        TableView<Integer> table = window.table().tableView();
        int position = 0;
        while (!store.value(EventColumn.ACTION, table.getItems().get(position)).endsWith("vulnerability-status.read")) {
            position++;
        }
        int chosen = position;
        robot.interact(() -> table.getSelectionModel().clearAndSelect(chosen));
        waitUntil(() -> window.detail().shownDetail() != null);
        TreeTableView<JsonTreeNode> tree = window.detail().requestTree().treeTable();
        robot.interact(() -> {
            TreeItem<JsonTreeNode> parameters = child(tree.getRoot(), "RequestParameters");
            tree.getSelectionModel().select(child(parameters, "name"));
            tree.requestFocus();
        });
        typeOn(robot, tree, "+");

        String expected = "requestData.RequestParameters.name:" + TestExports.VULNERABILITY_IMAGE;
        assertSameAsSummarize(expected, export);
    }

    @Test
    void minusOnATableCellFiltersItsValueOut(FxRobot robot) throws Exception {
        Path export = load(robot);
        @SuppressWarnings("unchecked")
        TableCell<Integer, String> cell = robot.lookup(".outcome-cell").match(n -> n instanceof TableCell<?, ?> c
                && !c.isEmpty() && c.getItem() instanceof String s && !s.isEmpty()).queryAs(TableCell.class);
        String outcome = cell.getItem();
        robot.clickOn(cell);
        typeOn(robot, window.table().tableView(), "-");

        assertSameAsSummarize("-outcome:" + outcome, export);
        assertTrue(window.model().getResult().entries(Facet.OUTCOME).stream().noneMatch(e -> e.value().equals(outcome)));
    }

    private Path load(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 40);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getData() != null
                && window.model().getResult().total() == 40);
        WaitForAsyncUtils.waitForFxEvents();
        return export;
    }

    private void typeOn(FxRobot robot, Node target, String character) {
        robot.interact(() -> target.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                false, false, false, false)));
    }

    private void assertSameAsSummarize(String query, Path export) throws Exception {
        WindowChecks.assertSameAsSummarize(window, query, export);
    }

    private static TreeItem<JsonTreeNode> child(TreeItem<JsonTreeNode> parent, String key) {
        return parent.getChildren().stream().filter(c -> c.getValue().key().equals(key)).findFirst().orElseThrow();
    }
}
