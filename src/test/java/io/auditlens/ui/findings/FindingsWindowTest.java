package io.auditlens.ui.findings;

import io.auditlens.findings.RuleResult;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.timeline.DigestTimelineWindowTest;
import io.auditlens.ui.window.MainWindow;
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

/** Drives the Findings tab in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
public class FindingsWindowTest {

    /** The busy digest of {@link DigestTimelineWindowTest#events()}: read as FAIL, then pulled. */
    private static final String BUSY = "sha256:" + "abcdef0123456789".repeat(4);

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void clickingARuleShowsItsFindingsEventsAndTheDigestsTimeline(FxRobot robot) throws Exception {
        Path file = TestInputs.ndjson(dir, "events.ndjson",
                DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        robot.interact(() -> window.open(List.of(file), LoadMode.REPLACE));
        robot.clickOn("#findingsTab");
        FindingsPanel panel = window.digests().findings();
        TableView<RuleResult> rules = panel.ruleTable();
        waitUntil(() -> rules.getItems().size() == 16);

        robot.clickOn("Image pulled after its vulnerability check said FAIL");

        TableView<Integer> events = panel.eventTable();
        waitUntil(() -> events.getItems().size() == 2);
        EventStore store = window.model().getData().store();
        int read = events.getItems().get(0);
        int pull = events.getItems().get(1);
        assertEquals("FAIL", store.value(EventColumn.STATUS, read));
        assertEquals("container-registry.image.pull", store.value(EventColumn.ACTION, pull));
        assertEquals(BUSY, store.value(EventColumn.DIGEST, pull));
        javafx.scene.control.Button timelineButton = robot.lookup("#findingsTimelineButton").queryButton();
        waitUntil(() -> !timelineButton.isDisabled());
        robot.interact(timelineButton::fire);
        waitUntil(() -> BUSY.equals(window.digests().timeline().digest()));

        // Enter on the pull: the Events table and the detail pane show it.
        robot.interact(() -> {
            events.requestFocus();
            events.getSelectionModel().select(1);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.model().selectedRowProperty().get() == pull);
    }

    @Test
    void hitCountsFollowTheSelectionsTimeRange(FxRobot robot) throws Exception {
        Path file = TestInputs.ndjson(dir, "events.ndjson",
                DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        robot.interact(() -> window.open(List.of(file), LoadMode.REPLACE));
        FindingsPanel panel = window.digests().findings();
        waitUntil(() -> panel.ruleTable().getItems().size() == 16 && hits(panel, "pull-after-fail") == 1);

        // The pull-after-fail finding spans 3 March 12:00 to 18:00; a range on 1 March leaves it out.
        robot.interact(() -> window.model().updateRequest(r -> r.withRange(new TimeRange(
                java.time.Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2026-03-02T00:00:00Z").toEpochMilli()))));
        waitUntil(() -> hits(panel, "pull-after-fail") == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int hits(FindingsPanel panel, String id) {
        return panel.ruleTable().getItems().stream().filter(r -> r.rule().id().equals(id))
                .mapToInt(r -> r.hits().size()).findFirst().orElse(-1);
    }
}
