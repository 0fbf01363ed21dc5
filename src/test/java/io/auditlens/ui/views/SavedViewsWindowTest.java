package io.auditlens.ui.views;

import io.auditlens.query.EventField;
import io.auditlens.engine.SelectionResult;
import io.auditlens.engine.SortKey;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.timeline.DigestTimelineWindowTest;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.Notice;
import io.auditlens.query.Facet;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import io.auditlens.views.BuiltInViews;
import io.auditlens.views.ViewEntry;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved views in the real window, headless: saving, a fresh window over the same folder, a corrupt file. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsWindowTest {

    private static final String NAME = "Frankfurt pulls";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // Each test opens its own windows over its own configuration folder.
    }

    @Test
    void aSavedViewIsThereInAFreshWindowAndSelectsTheSame(FxRobot robot) throws Exception {
        Opened first = open(robot);
        robot.interact(() -> {
            first.window.table().setColumnVisible(EventTableColumn.IP, false);
            first.window.model().updateRequest(r -> r.withQuery("action:image.pull")
                    .withPick(Facet.REGION, "us-south", true)
                    .withSort(new SortKey(EventField.INITIATOR, false)));
        });
        waitUntil(() -> first.window.model().getResult().request().equals(first.window.model().getRequest()));
        SelectionResult before = first.window.model().getResult();
        assertTrue(before.matching() > 0 && before.matching() < 14);

        robot.clickOn("#saveViewButton");
        robot.clickOn("#viewNameField").write(NAME).type(KeyCode.ENTER);
        waitUntil(() -> first.window.savedViews().entries().stream().anyMatch(e -> e.name().equals(NAME)));
        assertTrue(Files.exists(TestWindows.config(dir).resolve("views.json")));
        robot.interact(first.stage::close);

        Opened second = open(robot);
        assertTrue(second.window.savedViews().entries().stream().anyMatch(e -> e.name().equals(NAME)));
        SelectionResult all = second.window.model().getResult();
        clickView(robot, second, NAME);

        waitUntil(() -> second.window.model().getResult() != all
                && second.window.model().getResult().request().equals(second.window.model().getRequest()));
        SelectionResult after = second.window.model().getResult();
        assertEquals(before.request(), after.request());
        assertEquals(before.matching(), after.matching());
        assertEquals(before.facets(), after.facets());
        assertFalse(second.window.table().visibleColumns().contains(EventTableColumn.IP));
        assertEquals("action:image.pull", second.window.queryBar().field().getText());
    }

    @Test
    void aCorruptViewsFileIsSetAsideWithAWarningAndTheWindowStarts(FxRobot robot) throws Exception {
        Path config = Files.createDirectories(TestWindows.config(dir));
        Files.writeString(config.resolve("views.json"), "{\"format\": 1, \"views\": [", StandardCharsets.UTF_8);

        Opened opened = open(robot);

        waitUntil(() -> opened.window.model().settingsNotices().stream()
                .anyMatch(n -> n.kind() == Notice.Kind.WARNING && n.text().contains("set aside")));
        try (Stream<Path> files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("views.json.corrupt-")));
        }
        assertEquals(BuiltInViews.all().size(), opened.window.savedViews().entries().size());
        assertEquals(14, opened.window.model().getResult().matching());
    }

    @Test
    void aDeletedViewComesBackWithUndoOrAnImportAndBuiltInViewsCanOnlyBeCopied(FxRobot robot) throws Exception {
        Opened opened = open(robot);
        SavedViews views = opened.window.savedViews();
        String builtIn = BuiltInViews.all().get(0).name();

        robot.interact(() -> views.duplicate(builtIn));
        waitUntil(() -> names(views).contains(builtIn + " copy"));
        robot.interact(() -> views.delete(builtIn));
        waitUntil(() -> opened.window.model().settingsNotices().stream().anyMatch(n -> n.kind() == Notice.Kind.ERROR));
        assertTrue(names(views).contains(builtIn));

        robot.interact(() -> views.delete(builtIn + " copy"));
        waitUntil(() -> !names(views).contains(builtIn + " copy"));
        // The undo offer is posted once the store has written the deletion, which can lag behind the list.
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "Undo".equals(b.getText())).tryQuery()
                .isPresent());
        Node undo = robot.lookup((Node n) -> n instanceof Button b && "Undo".equals(b.getText())).query();
        robot.clickOn(undo);
        waitUntil(() -> names(views).contains(builtIn + " copy"));

        Path exported = dir.resolve("exported.json");
        robot.interact(() -> views.exportSaved(exported));
        waitUntil(() -> Files.exists(exported));
        robot.interact(() -> views.delete(builtIn + " copy"));
        waitUntil(() -> !names(views).contains(builtIn + " copy"));
        robot.interact(() -> views.importFrom(exported));
        waitUntil(() -> names(views).contains(builtIn + " copy"));
    }

    private record Opened(Stage stage, MainWindow window) {
    }

    /** A new window over the test's configuration folder, with the test events loaded (written on first use). */
    private Opened open(FxRobot robot) throws Exception {
        Path events = dir.resolve("events.ndjson");
        if (!Files.exists(events)) {
            TestInputs.ndjson(dir, events.getFileName().toString(),
                    DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        }
        TestWindows.Opened opened = TestWindows.open(dir, events, 14);
        return new Opened(opened.stage(), opened.window());
    }

    private static void clickView(FxRobot robot, Opened opened, String name) {
        var list = opened.window.viewsPanel().listView();
        ViewEntry entry = list.getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(entry));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(list).lookup((Node n) -> n instanceof ListCell<?> c && name.equals(c.getText())).query();
        robot.clickOn(cell);
    }

    // Read on the JavaFX thread: the list changes there while a test waits on it.
    private static List<String> names(SavedViews views) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> views.entries().stream().map(ViewEntry::name).toList()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
