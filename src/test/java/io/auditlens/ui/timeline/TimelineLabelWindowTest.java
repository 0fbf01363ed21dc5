package io.auditlens.ui.timeline;

import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mark's context menu labels its event, which the timeline then rings in the label's colour. */
@ExtendWith(ApplicationExtension.class)
class TimelineLabelWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void aMarksContextMenuLabelsItsEventAndTheMarkIsRinged(FxRobot robot) throws Exception {
        Path file = TestInputs.ndjson(dir, "events.ndjson",
                DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        robot.interact(() -> window.open(List.of(file), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 14);
        waitUntil(() -> window.evidence().opened());
        robot.interact(() -> window.digests().openTimeline(DigestTimelineWindowTest.BUSY));
        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null && timeline.shownMarks().size() == 13);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, timeline.shownMarks().labelled().length);

        int pick = 7;
        int row = timeline.shownMarks().row(pick);
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> timeline.canvas()
                .localToScreen(timeline.canvas().markCentre(pick))).get();
        robot.rightClickOn(onScreen);
        waitUntil(() -> timeline.canvas().shownMenu() != null && timeline.canvas().shownMenu().isShowing());
        List<MenuItem> items = timeline.canvas().shownMenu().getItems();
        assertEquals("This event", items.get(0).getText());
        MenuItem evidence = items.stream().filter(i -> "labelItem-Evidence".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(evidence::fire);

        waitUntil(() -> window.model().annotationsProperty().get().labels(row).equals(List.of("Evidence")));
        waitUntil(() -> Arrays.equals(new int[] {pick}, timeline.shownMarks().labelled()));
        assertArrayEquals(new String[] {"#c62828"}, timeline.shownMarks().labelColours());

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("label:Evidence")));
        waitUntil(() -> window.model().getResult().request().query().equals("label:Evidence"));
        assertArrayEquals(new int[] {row}, window.model().getResult().rows());
        assertTrue(timeline.shownMarks().size() >= 1);
    }
}
