package io.auditlens.ui.evidence;

import io.auditlens.query.RowAnnotations;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.MainWindow;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.auditlens.ui.TestWindows.waitUntil;
import static io.auditlens.ui.evidence.CaseWindows.load;
import static io.auditlens.ui.evidence.CaseWindows.queried;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels put on the table's selected events from the keyboard: saved in the case, found by label:, kept. */
@ExtendWith(ApplicationExtension.class)
class CaseEvidenceWindowTest {

    private Stage stage;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.show(stage, dir);
    }

    @Test
    void ctrl1LabelsTheSelectedRowsAndLabelQueryFindsThemAfterARestart(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 20);
        load(robot, window, export, 20);
        waitUntil(() -> window.evidence().opened());
        TableView<Integer> table = window.table().tableView();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(1, 4, 7);
            table.requestFocus();
        });
        Set<Integer> chosen = Set.copyOf(window.model().selectedRows());
        assertEquals(3, chosen.size());

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> rows(window.model().annotationsProperty().get()).equals(chosen));

        assertEquals(chosen, queried(robot, window, "label:Evidence"));
        assertTrue(Files.exists(TestWindows.config(dir).resolve("unsaved.alcase")));
        @SuppressWarnings("unchecked")
        TableColumn<Integer, String> labels = (TableColumn<Integer, String>) table.getColumns().stream()
                .filter(c -> "column-labels".equals(c.getId())).findFirst().orElseThrow();
        List<Integer> shown = table.getItems();
        for (int i = 0; i < shown.size(); i++) {
            assertEquals("Evidence", labels.getCellData(i));
        }

        robot.interact(stage::hide);
        MainWindow[] restarted = new MainWindow[1];
        robot.interact(() -> restarted[0] = TestWindows.show(new Stage(), dir));
        MainWindow again = restarted[0];
        load(robot, again, export, 20);
        waitUntil(() -> rows(again.model().annotationsProperty().get()).equals(chosen));
        assertEquals(chosen, queried(robot, again, "label:Evidence"));
        robot.interact(() -> ((Stage) again.scene().getWindow()).hide());
    }

    private static Set<Integer> rows(RowAnnotations annotations) {
        return Arrays.stream(annotations.annotatedRows()).boxed().collect(Collectors.toSet());
    }
}
