package io.auditlens.ui.facets;

import io.auditlens.query.Facet;
import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.WindowChecks;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filter for / filter out from a facet value: the query gets the value's term and counts as summarize does. */
@ExtendWith(ApplicationExtension.class)
class FacetFilterWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void filterForValueInAFacetValuesMenuAddsItsTermBesideThePicks(FxRobot robot) throws Exception {
        Path export = load(robot);
        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("image.pull")));
        CheckBox euDe = window.facets().checkBox(Facet.REGION, "eu-de");

        ContextMenu menu = WindowChecks.openContextMenu(robot, euDe);
        List<MenuItem> items = menu.getItems();
        assertEquals("Copy field name", items.stream().filter(i -> "copyPath".equals(i.getId())).findFirst()
                .orElseThrow().getText(), "region has no JSON path of its own");
        WindowChecks.choose(robot, items, "filterFor");

        WindowChecks.assertSameAsSummarize(window, "image.pull region:eu-de", export);
        assertFalse(euDe.isSelected(), "filtering is a query term, not a pick");
        assertTrue(window.model().getRequest().picks().isEmpty());
    }

    @Test
    void minusOnAFocusedFacetValueFiltersItOut(FxRobot robot) throws Exception {
        Path export = load(robot);
        CheckBox failure = window.facets().checkBox(Facet.OUTCOME, "failure");
        robot.interact(failure::requestFocus);

        robot.interact(() -> failure.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "-", "", KeyCode.UNDEFINED,
                false, false, false, false)));

        WindowChecks.assertSameAsSummarize(window, "-outcome:failure", export);
        assertTrue(window.model().getResult().matching() < 40);
        assertFalse(failure.isSelected());
    }

    private Path load(FxRobot robot) throws Exception {
        Path export = TestExports.mixed(dir, "events.ndjson", 40);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().total() == 40
                && window.facets().checkBox(Facet.REGION, "eu-de") != null);
        WaitForAsyncUtils.waitForFxEvents();
        return export;
    }
}
