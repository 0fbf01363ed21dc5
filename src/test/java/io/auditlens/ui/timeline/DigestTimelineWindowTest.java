package io.auditlens.ui.timeline;

import io.auditlens.ui.TestWindows;
import io.auditlens.timeline.DigestLine;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.query.Facet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import javafx.geometry.Point2D;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the digest timeline and the Digests list in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
public class DigestTimelineWindowTest {

    static final String BUSY = "sha256:" + "abcdef0123456789".repeat(4);
    static final String QUIET = "sha256:" + "0000111122223333".repeat(4);

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    /**
     * The busy digest's life: pushed, tagged, pulled in two regions (some pulls fail), its status read as it
     * changes, and deleted; six hours apart so that every mark stands alone. The quiet digest is pulled once.
     */
    public static List<EventJson> events() {
        List<EventJson> out = new ArrayList<>();
        String[] actions = {"image.push", "image.tag", "image-vulnerability-status.read", "image.pull", "image.pull",
            "signature.write", "image-vulnerability-status.read", "image.pull", "image.pull", "image.inspect",
            "image-vulnerability-status.read", "image.pull", "image.delete"};
        String[] statuses = {"OK", "WARN", "FAIL"};
        for (int i = 0; i < actions.length; i++) {
            String region = i % 3 == 1 ? "eu-de" : "us-south";
            String host = region.equals("eu-de") ? "de.icr.io" : "us.icr.io";
            EventJson e = EventJson.at(String.format(Locale.ROOT, "2026-03-%02dT%02d:00:00Z", 1 + i / 4, (i % 4) * 6),
                            actions[i]).outcome(i == 7 ? "failure" : "success").region(region)
                    .initiator("ana@example.com", "IBMid-1").ip("203.0.113.7")
                    .image(host + "/team/app:" + (i < 4 ? "1.0" : "stable"), BUSY);
            if (actions[i].startsWith("image-vulnerability")) {
                e.status(statuses[i / 4]);
            }
            out.add(e);
        }
        out.add(EventJson.at("2026-03-02T03:00:00Z", "image.pull").outcome("success").region("jp-tok")
                .initiator("bo@example.com", "IBMid-2").image("jp.icr.io/ops/web:2", QUIET));
        return out;
    }

    @Test
    void aTimelineOpensFromTheSelectedEventAndAClickedMarkSelectsItsEvent(FxRobot robot) throws Exception {
        load(robot);
        EventStore store = window.model().getData().store();
        TableView<Integer> table = window.table().tableView();
        int first = positionOf(table, store, BUSY);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(first));
        waitUntil(() -> window.detail().shownDetail() != null);

        robot.clickOn("#openTimelineButton");
        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null && timeline.shownMarks().size() == 13);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineMarks marks = timeline.shownMarks();
        assertEquals(BUSY, marks.timeline().digest());
        assertEquals(List.of("1.0", "stable"), marks.tags().stream().map(TimelineMarks.TagMark::tag).toList());
        assertEquals(List.of("OK", "WARN", "FAIL"), marks.bands().stream().map(TimelineMarks.StatusBand::status)
                .toList());

        int pick = 7;
        int row = marks.row(pick);
        assertNotEquals(row, window.model().selectedRowProperty().get());
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> timeline.canvas()
                .localToScreen(timeline.canvas().markCentre(pick))).get();
        robot.clickOn(onScreen);

        waitUntil(() -> window.model().selectedRowProperty().get() == row
                && Integer.valueOf(row).equals(table.getSelectionModel().getSelectedItem()));
        assertEquals("container-registry.image.pull", store.value(EventColumn.ACTION, row));
        assertEquals("failure", store.value(EventColumn.OUTCOME, row));
    }

    @Test
    void theTimelineFollowsTheSelectionUnlessAllEventsAreAskedFor(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> window.digests().openTimeline(BUSY));
        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null && timeline.shownMarks().size() == 13);

        robot.interact(() -> window.model().updateRequest(r -> r.withPick(Facet.REGION, "eu-de", true)));
        waitUntil(() -> timeline.shownMarks().size() == 4 && !timeline.shownMarks().wholeDigest());

        robot.clickOn("#timelineAllEvents");
        waitUntil(() -> timeline.shownMarks().size() == 13 && timeline.shownMarks().wholeDigest());
    }

    @Test
    void theDigestsListShowsEveryDigestAndOpensATimeline(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> window.digests().showDigests());
        TableView<DigestLine> digests = window.digests().digestList().tableView();
        waitUntil(() -> digests.getItems().size() == 2);
        DigestLine busy = digests.getItems().stream()
                .filter(r -> r.summary().digest().equals(BUSY)).findFirst().orElseThrow();
        assertEquals(13, busy.summary().events());
        assertEquals("FAIL", busy.summary().lastStatus());
        assertEquals(13, java.util.Arrays.stream(busy.activity()).sum());

        robot.clickOn("#digestFilter").write("ops/web");
        waitUntil(() -> digests.getItems().size() == 1);
        robot.interact(() -> digests.getSelectionModel().select(0));
        robot.clickOn(digests).type(javafx.scene.input.KeyCode.ENTER);

        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null && timeline.shownMarks().timeline().digest().equals(QUIET));
        assertTrue(timeline.shownMarks().size() == 1);
    }

    private void load(FxRobot robot) throws Exception {
        Path file = TestInputs.ndjson(dir, "events.ndjson", events().stream().map(EventJson::json).toList());
        robot.interact(() -> window.open(List.of(file), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 14);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int positionOf(TableView<Integer> table, EventStore store, String digest) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (digest.equals(store.value(EventColumn.DIGEST, table.getItems().get(i)))) {
                return i;
            }
        }
        throw new AssertionError("no event of " + digest);
    }
}
