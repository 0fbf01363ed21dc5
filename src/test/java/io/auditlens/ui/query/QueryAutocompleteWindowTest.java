package io.auditlens.ui.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.auditlens.suggest.Suggestion;
import io.auditlens.ui.TestSummaries;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.ListView;
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
import java.util.Map;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion in the query bar: a field by its first letters, then its values with the counts summarize gives. */
@ExtendWith(ApplicationExtension.class)
class QueryAutocompleteWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void typingOffersAFieldThenItsValuesWithCountsAndTheAcceptedQueryCountsAsSummarize(FxRobot robot)
            throws Exception {
        Path export = TestSummaries.generated(dir, 1_500);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 1_500);
        WaitForAsyncUtils.waitForFxEvents();
        QueryBar bar = window.queryBar();
        ListView<Suggestion> list = bar.suggestionList();

        robot.clickOn("#queryField").write("act");
        waitUntil(() -> bar.suggestionsShowing() && !list.getItems().isEmpty()
                && list.getItems().get(0).label().equals("action"));
        assertEquals(Suggestion.Kind.FIELD, list.getItems().get(0).kind());
        robot.type(KeyCode.TAB);
        waitUntil(() -> bar.field().getText().equals("action:") && bar.suggestionsShowing()
                && list.getItems().get(0).kind() == Suggestion.Kind.VALUE);

        Map<String, Long> actions = TestSummaries.facet(TestSummaries.summarize(export), "action");
        for (Suggestion value : List.copyOf(list.getItems())) {
            assertEquals(actions.get("container-registry." + value.label()), value.count(), value.label());
        }

        robot.write("image.pu");
        waitUntil(() -> bar.suggestionsShowing() && list.getItems().get(0).label().equals("image.pull"));
        long offered = list.getItems().get(0).count();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("action:image.pull", bar.field().getText());
        assertFalse(bar.suggestionsShowing());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "action:image.pull".equals(window.model().getResult().request().query()));
        JsonNode summary = TestSummaries.summarize(export, "--query", "action:image.pull");
        assertEquals(summary.get("events").asLong(), window.model().getResult().matching());
        assertEquals(offered, window.model().getResult().matching());
    }

    @Test
    void escapeClosesTheListAndEnterWithoutAChoiceRunsTheQuery(FxRobot robot) throws Exception {
        Path export = TestSummaries.generated(dir, 300);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 300);
        QueryBar bar = window.queryBar();

        robot.clickOn("#queryField").write("outcome:fail");
        waitUntil(bar::suggestionsShowing);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.suggestionsShowing());
        assertEquals("outcome:fail", bar.field().getText());

        robot.write("*");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "outcome:fail*".equals(window.model().getResult().request().query()));
        assertEquals(TestSummaries.summarize(export, "--query", "outcome:fail*").get("events").asLong(),
                window.model().getResult().matching());

        robot.type(KeyCode.SPACE).write("-sev");
        waitUntil(() -> bar.suggestionsShowing() && bar.suggestionList().getItems().get(0).label().equals("severity"));
        robot.type(KeyCode.DOWN, KeyCode.UP).type(KeyCode.ENTER);
        waitUntil(() -> bar.field().getText().equals("outcome:fail* -severity:"));
        assertTrue(bar.field().getCaretPosition() == bar.field().getLength());
        robot.write("normal").type(KeyCode.ENTER);
        waitUntil(() -> "outcome:fail* -severity:normal".equals(window.model().getResult().request().query()));
    }
}
