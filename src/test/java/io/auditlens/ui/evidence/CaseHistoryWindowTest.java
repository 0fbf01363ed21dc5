package io.auditlens.ui.evidence;

import io.auditlens.evidence.HistoryEntry;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.auditlens.ui.TestWindows.waitUntil;
import static io.auditlens.ui.evidence.CaseWindows.ctrl;
import static io.auditlens.ui.evidence.CaseWindows.labelled;
import static io.auditlens.ui.evidence.CaseWindows.load;
import static io.auditlens.ui.evidence.CaseWindows.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** File &gt; Case history lists the case's changes, newest first, with who made them. */
@ExtendWith(ApplicationExtension.class)
class CaseHistoryWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theHistoryListsEachLabelChangeNewestFirstWithItsAuthor(FxRobot robot) throws Exception {
        load(robot, window, TestExports.mixed(dir, "events.ndjson", 20), 20);
        waitUntil(() -> window.evidence().opened());
        Set<Integer> first = select(robot, window, 2);
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(() -> labelled(window, "Evidence").equals(first));
        select(robot, window, 2);
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(() -> labelled(window, "Evidence").isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#caseHistoryTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<HistoryEntry> table = robot.lookup("#caseHistoryTable").queryAs(TableView.class);
        List<String> changes = table.getItems().stream().map(HistoryEntry::change).toList();
        assertEquals(List.of("label removed", "label added"), changes.subList(0, 2), "newest first");
        HistoryEntry added = table.getItems().get(1);
        assertEquals("Evidence", added.label());
        assertEquals(System.getProperty("user.name"), added.by());
        String hash = window.evidence().current().document().history().get(0).event();
        assertEquals(hash, added.event(), "the same event the case names");
    }
}
