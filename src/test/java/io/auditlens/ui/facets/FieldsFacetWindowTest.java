package io.auditlens.ui.facets;

import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.ui.TestSummaries;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.views.SavedView;
import javafx.scene.control.CheckBox;
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
import java.util.TreeMap;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Fields list: a JSON path added as a facet counts as summarize --facet, and a pick on it survives a view. */
@ExtendWith(ApplicationExtension.class)
class FieldsFacetWindowTest {

    private static final String PATH = "requestData.RequestParameters.name";

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void aListedPathBecomesAFacetCountingAsSummarizeAndItsPickRoundTripsThroughAView(FxRobot robot)
            throws Exception {
        Path export = TestSummaries.generated(dir, 1_500);
        robot.interact(() -> window.dropOverlay().drop(List.of(export.toFile()), LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().fieldInventoryProperty().get() != null);
        FacetSidebar sidebar = window.facets();
        assertTrue(window.model().fieldInventoryProperty().get().fields().stream()
                .anyMatch(f -> f.name().equals(PATH)));

        robot.clickOn("#fieldsTitle");
        robot.clickOn("#fieldsSearch").write("RequestParameters.name");
        waitUntil(() -> sidebar.addFieldButton(PATH) != null);
        robot.clickOn(sidebar.addFieldButton(PATH));
        Facet facet = Facet.byKey(PATH).orElseThrow();
        waitUntil(() -> !window.model().getResult().entries(facet).isEmpty());
        assertEquals(List.of(facet), sidebar.addedFacets());
        assertTrue(sidebar.addFieldButton(PATH).isDisabled());
        Map<String, Long> cli = TestSummaries.facet(TestSummaries.summarize(export, "--facet", PATH), PATH);
        assertEquals(cli, counts(window.model().getResult().entries(facet)));

        String value = window.model().getResult().entries(facet).get(0).value();
        waitUntil(() -> sidebar.checkBox(facet, value) != null);
        robot.clickOn(sidebar.checkBox(facet, value));
        waitUntil(() -> window.model().getResult().request().picks(facet).contains(value));
        long picked = window.model().getResult().matching();
        assertEquals(cli.get(value), picked);

        var save = window.savedViews().saveCurrent("By image name");
        waitUntil(save::isDone);
        SavedView view = save.get();
        assertEquals(Map.of(PATH, java.util.Set.of(value)), view.picks());
        robot.interact(() -> window.model().updateRequest(r -> r.withoutPicks().withAddedFacets(List.of())));
        waitUntil(() -> window.model().getResult().request().picks().isEmpty() && sidebar.addedFacets().isEmpty());

        robot.interact(() -> window.savedViews().apply(view));
        waitUntil(() -> window.model().getResult().request().picks(facet).contains(value));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(facet), sidebar.addedFacets());
        CheckBox box = sidebar.checkBox(facet, value);
        assertNotNull(box);
        assertTrue(box.isSelected());
        assertEquals(picked, window.model().getResult().matching());
    }

    private static Map<String, Long> counts(List<FacetCounts.Entry> entries) {
        Map<String, Long> out = new TreeMap<>();
        entries.forEach(e -> out.put(e.value(), e.count()));
        return out;
    }
}
