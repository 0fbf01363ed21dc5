package io.auditlens.ui.window;

import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.load.LoadMode;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
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
import java.util.List;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's table layout at 1280x800: the default columns fit beside the detail pane, which F4 hides. */
@ExtendWith(ApplicationExtension.class)
class TableLayoutTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theDefaultColumnsAreWhenWhatOutcomeAndWhoWhereWhatAndFitWithoutSidewaysScrolling(FxRobot robot)
            throws Exception {
        load(robot);
        TableView<Integer> table = window.table().tableView();

        assertEquals(List.of(EventTableColumn.TIME, EventTableColumn.ACTION, EventTableColumn.OUTCOME,
                EventTableColumn.INITIATOR, EventTableColumn.IP, EventTableColumn.TARGET),
                window.table().visibleColumns());
        assertEquals(List.of("column-time", "column-action", "column-outcome", "column-initiator", "column-ip",
                "column-target"), table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList());
        assertEquals(List.of("Time (UTC)", "Action", "Outcome", "Initiator", "IP", "Target"),
                table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList());
        assertEquals(1280, window.scene().getWidth());
        assertFalse(horizontalScrollBarShown(table), "the default columns fit the table's width");
    }

    @Test
    void hiddenColumnsStayAvailableFromTheColumnsMenu(FxRobot robot) throws Exception {
        load(robot);

        assertFalse(window.table().visibleColumns().contains(EventTableColumn.REGION));

        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = menus.getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow();
        Menu columns = view.getItems().stream().filter(Menu.class::isInstance).map(Menu.class::cast)
                .filter(m -> m.getText().equals("_Columns")).findFirst().orElseThrow();
        CheckMenuItem region = columns.getItems().stream().filter(CheckMenuItem.class::isInstance)
                .map(CheckMenuItem.class::cast).filter(i -> i.getText().equals("Region")).findFirst().orElseThrow();
        assertEquals(EventTableColumn.values().length, columns.getItems().stream()
                .filter(CheckMenuItem.class::isInstance).count());
        assertFalse(region.isSelected());

        robot.interact(() -> region.setSelected(true));

        assertTrue(window.table().visibleColumns().contains(EventTableColumn.REGION));
    }

    @Test
    void theHeadersContextMenuIsTheColumnChooser(FxRobot robot) throws Exception {
        load(robot);
        TableView<Integer> table = window.table().tableView();
        ContextMenu chooser = table.getVisibleLeafColumns().get(2).getContextMenu();
        CheckMenuItem severity = chooser.getItems().stream().filter(i -> "choose-severity".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        CheckMenuItem ip = chooser.getItems().stream().filter(i -> "choose-ip".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        assertTrue(ip.isSelected());

        robot.interact(() -> {
            severity.setSelected(true);
            ip.setSelected(false);
        });
        assertTrue(window.table().visibleColumns().contains(EventTableColumn.SEVERITY));
        assertFalse(window.table().visibleColumns().contains(EventTableColumn.IP));

        robot.interact(() -> chooser.getItems().stream().filter(i -> "defaultColumns".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertEquals(EventTableColumn.defaults(), window.table().visibleColumns());
    }

    @Test
    void f4HidesTheDetailPaneForTheTableAndShowsItAgainWhereItWas(FxRobot robot) throws Exception {
        load(robot);
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        TableView<Integer> table = window.table().tableView();
        double tableWidth = table.getWidth();
        double divider = split.getDividerPositions()[1];

        robot.clickOn(table).type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.detailShownProperty().get());
        assertFalse(split.getItems().contains(window.detail()));
        assertTrue(table.getWidth() > tableWidth + 200, "the table takes the detail pane's width");

        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(split.getItems().contains(window.detail()));
        assertEquals(divider, split.getDividerPositions()[1], 0.01);
        assertEquals(tableWidth, table.getWidth(), 2);
    }

    @Test
    void theDetailPaneCanBeWidenedByItsDivider(FxRobot robot) throws Exception {
        load(robot);
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        double width = window.detail().getWidth();

        robot.interact(() -> split.setDividerPosition(1, 0.6));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.detail().getWidth() > width + 100);
    }

    private static boolean horizontalScrollBarShown(TableView<Integer> table) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    private void load(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 60);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null
                && window.model().getResult().total() == window.model().getData().store().size());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
