package io.auditlens.ui.timeline;

import io.auditlens.store.EventColumn;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.WindowChecks;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The context menu of a timeline mark: filter for what the mark's event did, counted as summarize does. */
@ExtendWith(ApplicationExtension.class)
class TimelineMarkMenuWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void aMarksMenuFiltersOutItsActionAndForItsOutcomeAsSummarizeCounts(FxRobot robot) throws Exception {
        Path file = openBusyTimeline(robot);
        TimelinePanel timeline = window.digests().timeline();
        ContextMenu menu = openMenuOnMark(robot, timeline, 0);
        WindowChecks.choose(robot, menu.getItems(), "mark-action", "filterOut");
        WindowChecks.assertSameAsSummarize(window, "-action:container-registry.image.push", file);
        waitUntil(() -> timeline.shownMarks().size() == 12);
        WaitForAsyncUtils.waitForFxEvents();

        int failedPull = 6;
        int row = timeline.shownMarks().row(failedPull);
        assertEquals("failure", window.model().getData().store().value(EventColumn.OUTCOME, row));
        menu = openMenuOnMark(robot, timeline, failedPull);
        assertEquals(row, timeline.markMenuRow());
        Menu outcome = (Menu) menu.getItems().stream().filter(i -> "mark-outcome".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals("Outcome: failure", outcome.getText());
        WindowChecks.choose(robot, menu.getItems(), "mark-outcome", "filterFor");
        WindowChecks.assertSameAsSummarize(window, "-action:container-registry.image.push outcome:failure", file);
    }

    @Test
    void noMenuOpensBesideTheMarks(FxRobot robot) throws Exception {
        openBusyTimeline(robot);
        TimelinePanel timeline = window.digests().timeline();

        Point2D corner = WaitForAsyncUtils.asyncFx(() -> timeline.canvas().localToScreen(2, 2)).get();
        robot.rightClickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(-1, timeline.markMenuRow());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w instanceof ContextMenu && w.isShowing()));
    }

    /** Loads the digest test events and opens the busy digest's timeline; returns the export. */
    private Path openBusyTimeline(FxRobot robot) throws Exception {
        Path file = TestInputs.ndjson(dir, "events.ndjson",
                DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        robot.interact(() -> window.open(List.of(file), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 14);
        robot.interact(() -> window.digests().openTimeline(DigestTimelineWindowTest.BUSY));
        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null && timeline.shownMarks().size() == 13);
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private static ContextMenu openMenuOnMark(FxRobot robot, TimelinePanel timeline, int mark) throws Exception {
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> timeline.canvas()
                .localToScreen(timeline.canvas().markCentre(mark))).get();
        robot.rightClickOn(onScreen);
        waitUntil(() -> timeline.canvas().shownMenu() != null && timeline.canvas().shownMenu().isShowing());
        return timeline.canvas().shownMenu();
    }
}
