package io.auditlens.ui.detail;

import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The detail pane's Label menu labels and annotates the event it shows: the Labels column, the histogram and label:
 * see it.
 */
@ExtendWith(ApplicationExtension.class)
class DetailLabelWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theShownEventIsLabelledAndAnnotatedFromTheDetailPane(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 20);
        robot.interact(() -> window.open(List.of(export), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().matching() == 20);
        waitUntil(() -> window.evidence().opened());
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        int row = table.getItems().get(3);
        waitUntil(() -> window.detail().shownDetail() != null);

        robot.clickOn("#detailLabelButton");
        robot.clickOn("#labelItem-Benign");
        waitUntil(() -> window.model().annotationsProperty().get().labels(row).equals(List.of("Benign")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Labels: Benign", robot.lookup("#detailLabels").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        TableColumn<Integer, String> labels = (TableColumn<Integer, String>) table.getColumns().stream()
                .filter(c -> "column-labels".equals(c.getId())).findFirst().orElseThrow();
        assertEquals("Benign", labels.getCellData(3));
        // The histogram counts the labelled event in its bar and offers to outline it.
        waitUntil(() -> java.util.Arrays.stream(window.histogram().shownData().labelled()).sum() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, window.histogram().labelledToggle().isVisible());

        robot.clickOn("#detailLabelButton");
        robot.clickOn("#noteItem");
        waitUntil(() -> robot.lookup("#noteText").tryQuery().isPresent());
        TextArea note = robot.lookup("#noteText").queryAs(TextArea.class);
        robot.interact(() -> note.setText("pulled by the build bot, expected"));
        robot.clickOn("OK");
        waitUntil(() -> "pulled by the build bot, expected".equals(
                window.model().annotationsProperty().get().note(row)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Labels: Benign  ·  Note: pulled by the build bot, expected",
                robot.lookup("#detailLabels").queryAs(Label.class).getText());

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("label:Benign")));
        waitUntil(() -> window.model().getResult().request().query().equals("label:Benign"));
        assertArrayEquals(new int[] {row}, window.model().getResult().rows());
    }
}
