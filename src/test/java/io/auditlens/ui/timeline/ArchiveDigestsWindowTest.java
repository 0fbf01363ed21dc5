package io.auditlens.ui.timeline;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ingest.Loader;
import io.auditlens.query.RowSet;
import io.auditlens.query.ScanProgress;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.SampleArchives;
import io.auditlens.timeline.DigestLine;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File > Open archive… on a generated archive: the Digests tab lists what the in-memory engine lists for the same
 * events (figures and sparklines), again after a query; a digest opened from the list draws the in-memory timeline,
 * and clicking one of its marks shows that event in the detail pane.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveDigestsWindowTest {

    private static final int SLICES = io.auditlens.ui.digests.DigestListPanel.SLICES;

    @TempDir
    static Path shared;

    private static Path archive;
    private static EventStore store;
    private static EngineSelectionBackend memory;

    @TempDir
    Path dir;

    private MainWindow window;

    @BeforeAll
    static void generate() {
        archive = SampleArchives.generate(shared.resolve("archive"), 1500, 5);
        store = new Loader().load(List.of(archive)).store();
        memory = new EngineSelectionBackend(store, new RawEvents(store));
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theDigestsListAndATimelineComeFromTheEngineWithTheInMemoryNumbers(FxRobot robot) throws Exception {
        openArchive(robot);
        robot.interact(() -> window.digests().showDigests());
        TableView<DigestLine> list = window.digests().digestList().tableView();
        List<DigestLine> expected = inMemoryDigests(SelectionRequest.ALL);
        waitUntil(() -> list.getItems().equals(expected));
        assertTrue(expected.size() > 5, "digests listed: " + expected.size());

        String query = "action:image.pull OR status:fail";
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery(query)));
        List<DigestLine> narrowed = inMemoryDigests(SelectionRequest.ALL.withQuery(query));
        waitUntil(() -> list.getItems().equals(narrowed));
        assertFalse(narrowed.equals(expected), "the query changes the list");

        // The busiest digest of the narrowed list, opened with Enter as a user would.
        DigestLine busiest = narrowed.stream().max((a, b) -> Long.compare(a.summary().events(), b.summary().events()))
                .orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(busiest);
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        TimelinePanel timeline = window.digests().timeline();
        waitUntil(() -> timeline.shownMarks() != null
                && timeline.shownMarks().timeline().digest().equals(busiest.summary().digest()));
        TimelineMarks marks = timeline.shownMarks();
        SelectionResult inMemory = memory.evaluate(SelectionRequest.ALL.withQuery(query), null, CancelSignal.never());
        DigestTimeline reference = DigestTimeline.of(store, busiest.summary().digest(),
                io.auditlens.engine.SelectionRows.of(inMemory, store.size()));
        assertEquals(busiest.summary().events(), marks.size());
        assertEquals(times(reference), times(marks.timeline()));
        assertEquals(reference.tags(), marks.timeline().tags());
        assertEquals(reference.statusChanges().stream().map(c -> c.time() + c.to()).toList(),
                marks.timeline().statusChanges().stream().map(c -> c.time() + c.to()).toList());

        // A mark's event, which the paged table may not hold, is shown in the detail pane.
        int pick = marks.size() / 2;
        Point2D centre = WaitForAsyncUtils.asyncFx(() -> timeline.canvas().markCentre(pick)).get();
        // A mark may stand for several events close in time; a click selects one of them.
        java.util.Set<Long> atMark = new java.util.HashSet<>();
        WaitForAsyncUtils.asyncFx(() -> timeline.canvas().rowsAt(centre.getX(), centre.getY())).get()
                .forEach(row -> atMark.add(marks.store().time(row)));
        assertTrue(atMark.contains(marks.times()[pick]));
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> timeline.canvas().localToScreen(centre)).get());
        waitUntil(() -> window.model().selectedArchiveRowProperty().get() != null
                && window.detail().shownDetail() != null
                && atMark.contains(window.model().selectedArchiveRowProperty().get().time()));
        String json = window.detail().shownDetail().originalJson();
        assertTrue(json.contains(busiest.summary().digest().substring("sha256:".length())), json);

        robot.clickOn("#timelineAllEvents");
        DigestTimeline whole = DigestTimeline.of(store, busiest.summary().digest(), RowSet.all(store.size()));
        waitUntil(() -> timeline.shownMarks().wholeDigest() && timeline.shownMarks().size() == whole.size());
        assertEquals(times(whole), times(timeline.shownMarks().timeline()));
    }

    private void openArchive(FxRobot robot) {
        robot.interact(() -> {
            window.setArchiveChooser(owner -> archive);
            MenuBar bar = (MenuBar) window.scene().lookup("#menuBar");
            MenuItem open = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "openArchiveMenuItem".equals(i.getId())).findFirst().orElseThrow();
            open.fire();
        });
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().isPaged());
    }

    private static List<DigestLine> inMemoryDigests(SelectionRequest request) throws Exception {
        return memory.digests(memory.evaluate(request, null, CancelSignal.never()), SLICES, ScanProgress.NONE,
                CancelSignal.never());
    }

    private static List<Long> times(DigestTimeline tl) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            out.add(tl.time(i));
        }
        return out;
    }

    private static void waitUntil(Callable<Boolean> condition) {
        TestWindows.waitUntil(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
