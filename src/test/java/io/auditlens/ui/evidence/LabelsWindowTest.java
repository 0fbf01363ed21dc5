package io.auditlens.ui.evidence;

import io.auditlens.evidence.Label;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;

import static io.auditlens.ui.TestWindows.waitUntil;
import static io.auditlens.ui.evidence.CaseWindows.ctrl;
import static io.auditlens.ui.evidence.CaseWindows.labelled;
import static io.auditlens.ui.evidence.CaseWindows.load;
import static io.auditlens.ui.evidence.CaseWindows.queried;
import static io.auditlens.ui.evidence.CaseWindows.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's own labels, the labels facet, F3 through the labelled events, and the label and note dialogs. */
@ExtendWith(ApplicationExtension.class)
class LabelsWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void aNewLabelWithItsColourGoesOnTheSelectedRowsTheRowMenuAndTheFacet(FxRobot robot) throws Exception {
        load(robot, window, TestExports.mixed(dir, "events.ndjson", 20), 20);
        waitUntil(() -> window.evidence().opened());
        Set<Integer> chosen = select(robot, window, 2, 3);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#labelName").tryQuery().isPresent());
        robot.clickOn("#labelName").write("Offboarded user");
        robot.interact(() -> robot.lookup("#labelColour").queryAs(ColorPicker.class).setValue(Color.web("#00838f")));
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));

        waitUntil(() -> labelled(window, "Offboarded user").equals(chosen));
        assertEquals("#00838f", window.model().annotationsProperty().get().evidence().label("Offboarded user")
                .map(Label::colour).orElseThrow());
        waitUntil(() -> window.model().rowActions().stream().map(MenuItem::getText)
                .anyMatch("Label Offboarded user"::equals));
        waitUntil(() -> window.facets().labelCheckBox("Offboarded user") != null);
        assertEquals("2", window.facets().labelCount("Offboarded user"));
        TableView<Integer> table = window.table().tableView();
        WaitForAsyncUtils.waitForFxEvents();
        long striped = table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getStyle() != null && r.getStyle().contains("#00838f")).count();
        assertEquals(2, striped, "the two labelled rows carry the label's colour");
    }

    @Test
    void theLabelsFacetCountsMatchLabelQueriesAndAClickFiltersByTheLabel(FxRobot robot) throws Exception {
        load(robot, window, TestExports.mixed(dir, "events.ndjson", 20), 20);
        waitUntil(() -> window.evidence().opened());
        select(robot, window, 1, 4, 7);
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(() -> labelled(window, "Evidence").size() == 3);
        select(robot, window, 7, 8);
        ctrl(robot, KeyCode.DIGIT2);
        waitUntil(() -> labelled(window, "Suspicious").size() == 2);
        waitUntil(() -> window.facets().labelCheckBox("Suspicious") != null);

        for (String label : new String[] {"Evidence", "Suspicious"}) {
            String shown = window.facets().labelCount(label);
            int counted = queried(robot, window, "label:" + label).size();
            assertEquals(String.valueOf(counted), shown, label);
        }
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("")));
        CheckBox evidence = window.facets().labelCheckBox("Evidence");
        robot.interact(() -> evidence.setSelected(true));
        assertEquals("label:Evidence", window.model().getRequest().query());
        waitUntil(() -> window.model().getResult().request().query().equals("label:Evidence"));
        assertEquals(3, window.model().getResult().rows().length);
        robot.interact(() -> window.facets().labelCheckBox("Suspicious").setSelected(true));
        assertEquals("label:Evidence label:Suspicious", window.model().getRequest().query());
        robot.interact(() -> window.facets().labelCheckBox("Evidence").setSelected(false));
        assertEquals("label:Suspicious", window.model().getRequest().query());
        assertFalse(window.facets().labelCheckBox("Evidence").isSelected());
    }

    @Test
    void f3SelectsTheNextLabelledRowInTableOrderAndWrapsRound(FxRobot robot) throws Exception {
        load(robot, window, TestExports.mixed(dir, "events.ndjson", 20), 20);
        waitUntil(() -> window.evidence().opened());
        TableView<Integer> table = window.table().tableView();
        select(robot, window, 0);
        robot.press(KeyCode.F3).release(KeyCode.F3);
        waitUntil(() -> window.model().statusMessageProperty().get().startsWith("No labelled event among the 20"));

        select(robot, window, 5, 12);
        ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> labelled(window, "Follow-up").size() == 2);
        select(robot, window, 0);
        robot.press(KeyCode.F3).release(KeyCode.F3);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 5);
        robot.press(KeyCode.F3).release(KeyCode.F3);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 12);
        robot.press(KeyCode.F3).release(KeyCode.F3);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 5);
        assertTrue(window.model().statusMessageProperty().get().contains("back at the first"));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 12);

        // In another sort order the next labelled event is the next one in that order.
        robot.interact(() -> window.model().updateRequest(r -> r.withSort(
                new io.auditlens.engine.SortKey(io.auditlens.query.EventField.TIME, false))));
        waitUntil(() -> !window.model().getResult().request().sort().ascending());
        select(robot, window, 0);
        robot.press(KeyCode.F3).release(KeyCode.F3);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 19 - 12);
    }

    @Test
    void theLabelDialogRefusesAnEmptyOrOverlongNameWithAMessage(FxRobot robot) {
        LabelDialog[] made = new LabelDialog[1];
        robot.interact(() -> made[0] = new LabelDialog(0, 2));
        LabelDialog dialog = made[0];
        TextField name = (TextField) dialog.getDialogPane().lookup("#labelName");
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        assertTrue(ok.isDisabled(), "no name yet");
        robot.interact(() -> name.setText("x"));
        assertFalse(ok.isDisabled());
        robot.interact(() -> name.setText("   "));
        assertTrue(ok.isDisabled());
        assertEquals("A label needs a name.", dialog.problem());
        robot.interact(() -> name.setText("L".repeat(200)));
        assertTrue(ok.isDisabled());
        assertEquals("A label name has at most 40 characters; this one has 200.", dialog.problem());
        robot.interact(() -> name.setText("  Offboarded user "));
        assertFalse(ok.isDisabled());
        assertEquals("", dialog.problem());
        assertEquals("Offboarded user", dialog.label().name());
        assertTrue(dialog.label().colour().matches("#[0-9a-f]{6}"), dialog.label().colour());
    }

    @Test
    void theNoteDialogKeepsItsTextAndRefusesANoteOfAMegabyte(FxRobot robot) {
        NoteDialog[] made = new NoteDialog[1];
        robot.interact(() -> made[0] = new NoteDialog(3, "first words"));
        NoteDialog dialog = made[0];
        TextArea text = (TextArea) dialog.getDialogPane().lookup("#noteText");
        javafx.scene.control.Label problem = (javafx.scene.control.Label) dialog.getDialogPane().lookup("#noteProblem");
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        assertEquals("first words", text.getText());
        assertEquals("Note on the 3 selected events", dialog.getHeaderText());
        assertFalse(ok.isDisabled());
        robot.interact(() -> text.setText("x".repeat(1 << 20)));
        assertTrue(ok.isDisabled());
        assertTrue(problem.getText().startsWith("A note holds at most 100,000 characters; this one has 1,048,576"),
                problem.getText());
        robot.interact(() -> text.setText("asked the team\non Monday"));
        assertFalse(ok.isDisabled());
        assertEquals("", problem.getText());
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }
}
