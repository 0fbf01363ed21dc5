package io.auditlens.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.cli.Cli;
import io.auditlens.engine.SelectionResult;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.ui.window.MainWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks UI tests share: the window's query and counts against {@code summarize --query}; context menus. */
public final class WindowChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WindowChecks() {
    }

    /** The window asks for {@code query} and, once answered, counts what {@code summarize --query} counts. */
    public static void assertSameAsSummarize(MainWindow window, String query, Path export) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(query, window.model().getRequest().query());
        waitUntil(() -> window.model().getResult() != null
                && query.equals(window.model().getResult().request().query()));
        SelectionResult shown = window.model().getResult();
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"summarize", "--json", "--query", query, export.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        JsonNode summary = MAPPER.readTree(out.toString());
        assertEquals(summary.get("events").asInt(), shown.matching(), query);
        for (Facet facet : List.of(Facet.REGION, Facet.ACTION, Facet.OUTCOME)) {
            Map<String, Long> cli = new TreeMap<>();
            summary.get("facets").get(facet.key()).fields().forEachRemaining(e -> cli.put(e.getKey(),
                    e.getValue().asLong()));
            Map<String, Long> ui = new TreeMap<>();
            for (FacetCounts.Entry e : shown.entries(facet)) {
                ui.put(e.value(), e.count());
            }
            assertEquals(cli, ui, facet.key());
        }
    }

    /** Asks for a node's context menu as a right-click in its middle would, and returns the menu that opened. */
    public static ContextMenu openContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            // An event fired at a node takes its x and y as scene coordinates.
            Bounds scene = node.localToScene(node.getBoundsInLocal());
            Bounds screen = node.localToScreen(node.getBoundsInLocal());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getCenterX(),
                    scene.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no menu opened"));
    }

    /**
     * Chooses an item by the ids on the way to it (a submenu's, then its item's), each submenu prepared as on
     * showing, and closes the menu as a click would.
     */
    public static void choose(FxRobot robot, List<MenuItem> items, String... ids) {
        robot.interact(() -> {
            List<MenuItem> level = items;
            MenuItem item = null;
            for (String id : ids) {
                item = level.stream().filter(i -> id.equals(i.getId())).findFirst()
                        .orElseThrow(() -> new AssertionError("no menu item " + id));
                if (item instanceof Menu menu) {
                    if (menu.getOnShowing() != null) {
                        menu.getOnShowing().handle(null);
                    }
                    level = menu.getItems();
                }
            }
            ContextMenu popup = item.getParentPopup();
            if (popup != null) {
                popup.hide();
            }
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
