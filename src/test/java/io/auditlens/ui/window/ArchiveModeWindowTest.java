package io.auditlens.ui.window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.cli.Cli;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ingest.Loader;
import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.testdata.SampleArchives;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.query.EventField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File > Open archive… in the real window: the facets, total and histogram come from DuckDB over the index and equal
 * both {@code summarize --json --engine duckdb} and the in-memory engine on the same events; a query narrows them;
 * the table fetches its rows a page at a time as it scrolls; a term SQL cannot run is refused in the query bar.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveModeWindowTest {

    private static final int EVENTS = 900;

    @TempDir
    static Path shared;

    private static Path archive;
    private static Path index;
    private static SelectionEngine memory;

    @TempDir
    Path dir;

    private MainWindow window;

    @BeforeAll
    static void generate() {
        archive = SampleArchives.generate(shared.resolve("archive"), EVENTS, 16);
        index = shared.resolve("index");
        assertEquals(0, cli("index", archive.toString(), "--out", index.toString()));
        EventStore store = new Loader().load(List.of(archive)).store();
        memory = new SelectionEngine(store, new RawEvents(store));
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void facetsAndTotalEqualTheCommandLineAndTheInMemoryEngine(FxRobot robot) throws Exception {
        // An index given as a file to open (command line, drop) is opened in archive mode too.
        robot.interact(() -> window.open(List.of(index), io.auditlens.ui.load.LoadMode.REPLACE));
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().isPaged());
        SelectionResult shown = window.model().getResult();

        assertEquals(EVENTS, shown.total());
        assertEquals(EVENTS, shown.matching());
        JsonNode summary = new ObjectMapper().readTree(cliOut("summarize", "--json", "--engine", "duckdb",
                index.toString()));
        assertEquals(EVENTS, summary.get("events").asLong());
        for (String facet : List.of("region", "action", "outcome", "severity", "status")) {
            Map<String, Long> printed = new LinkedHashMap<>();
            summary.get("facets").get(facet).fields().forEachRemaining(e -> printed.put(e.getKey(), e.getValue().asLong()));
            Map<String, Long> counted = new LinkedHashMap<>();
            shown.entries(facetNamed(facet)).forEach(e -> counted.put(e.value(), e.count()));
            assertEquals(printed, counted, facet);
        }
        assertSameAsInMemory(shown, "");
        String status = statusText();
        assertEquals("archive mode · 900 events · DuckDB", status);
        // The rules run on the engine too (ArchiveFindingsWindowTest checks their counts); the Digests list as well.
        waitUntil(() -> robot.lookup("#findingsStatus").queryAs(javafx.scene.control.Label.class).getText()
                .contains(" findings from "));
        robot.interact(() -> window.digests().showDigests());
        long digests = memory.evaluate(Selection.all()).summary().digests();
        waitUntil(() -> window.digests().digestList().tableView().getItems().size() == digests);
        assertTrue(digests > 0);
        assertTrue(shown.histogram().buckets() > 0);
        assertEquals(EVENTS, java.util.stream.IntStream.range(0, shown.histogram().buckets())
                .mapToLong(b -> shown.histogram().total(b)).sum());

        // After opening, the window prepares the facet cache; clicks then count from it, with the same numbers.
        var backend = (io.auditlens.engine.ArchiveSelectionBackend) window.model().getData().backend();
        waitUntil(backend::countsFromFacetCache);
        robot.interact(() -> window.model().updateRequest(r -> r.withPick(BuiltInFacet.OUTCOME, "failure", true)));
        waitUntil(() -> window.model().getResult().matching() < EVENTS);
        Selection failures = Selection.all().withPick(BuiltInFacet.OUTCOME, "failure", true);
        assertSameAsInMemory(window.model().getResult(), failures, "outcome=failure picked");
    }

    @Test
    void anArchiveFolderIsIndexedFirstAndAQueryNarrowsTheCounts(FxRobot robot) throws Exception {
        open(robot, archive);
        waitUntil(() -> window.table().archivePagesFetched() >= 1); // the first page of all events is drawn
        String query = "outcome:failure OR action:pull";

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery(query)));
        waitUntil(() -> window.model().getResult().request().query().equals(query));

        SelectionResult narrowed = window.model().getResult();
        assertTrue(narrowed.matching() > 0 && narrowed.matching() < EVENTS, "narrowed to " + narrowed.matching());
        assertSameAsInMemory(narrowed, query);
        assertEquals(narrowed.matching(), window.table().tableView().getItems().size());
        String status = statusText();
        assertTrue(status.startsWith("archive mode · " + String.format("%,d", narrowed.matching()) + " of 900 events"),
                status);

        // The rows drawn, not only the items: the new answer's positions equal the old ones, and its first row is
        // another event than the first of all.
        TableView<Integer> table = window.table().tableView();
        TableColumn<Integer, ?> time = table.getColumns().get(0);
        int firstNarrowed = memory.evaluate(Selection.of(query)).sortedRows(EventField.TIME, false)[0];
        int firstOfAll = memory.evaluate(Selection.all()).sortedRows(EventField.TIME, false)[0];
        String expected = EventTableColumn.TIME.text(memory.store(), firstNarrowed, TimeDisplay.UTC);
        assertNotEquals(EventTableColumn.TIME.text(memory.store(), firstOfAll, TimeDisplay.UTC), expected);
        waitUntil(() -> expected.equals(drawnText(table, time, 0)));
    }

    private static String drawnText(TableView<Integer> table, TableColumn<Integer, ?> column, int row)
            throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == column && cell.getIndex() == row && cell.isVisible())
                .map(javafx.scene.control.TableCell::getText).findFirst().orElse(null)).get();
    }

    @Test
    void scrollingFetchesLaterPagesInTheTablesOrderAndTheDetailShowsTheRawEvent(FxRobot robot) throws Exception {
        open(robot, index);
        TableView<Integer> table = window.table().tableView();
        int[] expected = memory.evaluate(Selection.all()).sortedRows(EventField.TIME, false);
        TableColumn<Integer, ?> time = table.getColumns().get(0);
        // A later answer (the first refresh after opening) starts its pages again: wait for the row, not a count.
        waitUntil(() -> window.table().archivePagesFetched() >= 1 && !"".equals(time.getCellData(0)));
        long first = window.table().archivePagesFetched();
        assertEquals(EventTableColumn.TIME.text(memory.store(), expected[0], TimeDisplay.UTC), time.getCellData(0));

        int late = EVENTS - 5;
        robot.interact(() -> table.scrollTo(late));
        waitUntil(() -> window.table().archivePagesFetched() > first && !"".equals(time.getCellData(late)));
        assertEquals(EventTableColumn.TIME.text(memory.store(), expected[late], TimeDisplay.UTC),
                time.getCellData(late));
        TableColumn<Integer, ?> action = table.getColumns().get(2);
        assertEquals(EventTableColumn.ACTION.text(memory.store(), expected[late], TimeDisplay.UTC),
                action.getCellData(late));

        robot.interact(() -> table.getSelectionModel().clearAndSelect(late));
        waitUntil(() -> window.detail().shownDetail() != null);
        RawEvents raw = new RawEvents(memory.store());
        assertEquals(raw.text(expected[late]), window.detail().shownDetail().originalJson());

        // Pages leave each event's JSON out: moving the selection by keyboard reads the next row's for the detail
        // and for Copy JSON (Ctrl+J).
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(late));
        robot.type(javafx.scene.input.KeyCode.DOWN);
        String next = raw.text(expected[late + 1]);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == late + 1 && window.detail().shownDetail() != null
                && next.equals(window.detail().shownDetail().originalJson()));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.J)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> next.equals(org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                javafx.scene.input.Clipboard.getSystemClipboard().getString()).get()));
    }

    @Test
    void aTermTheEngineCannotRunIsRefusedInTheQueryBar(FxRobot robot) throws Exception {
        SelectionResult before = open(robot, index);

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("label:suspicious")));
        waitUntil(() -> window.model().queryRefusalProperty().get() != null);

        String message = ((javafx.scene.control.Labeled) window.scene().lookup("#queryErrorMessage")).getText();
        assertTrue(message.contains("archive mode cannot run label:"), message);
        assertTrue(window.scene().lookup("#queryError").isVisible());
        assertFalse(message.contains("Exception"), message);
        assertEquals(before, window.model().getResult(), "the previous answer stays");

        robot.interact(() -> window.model().updateRequest(r -> r.withQuery("")));
        waitUntil(() -> window.model().queryRefusalProperty().get() == null);
        assertFalse(window.scene().lookup("#queryError").isVisible());
    }

    // The model's value is seen from this thread before the JavaFX thread has run its listeners: wait for those too.
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        TestWindows.waitUntil(condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusText() {
        return ((javafx.scene.control.Labeled) window.scene().lookup("#statusEvents")).getText();
    }

    private SelectionResult open(FxRobot robot, Path folder) {
        robot.interact(() -> {
            window.setArchiveChooser(owner -> folder);
            window.chooseArchive();
        });
        waitUntil(() -> window.model().getResult() != null && window.model().getResult().isPaged());
        return window.model().getResult();
    }

    private static void assertSameAsInMemory(SelectionResult shown, String query) throws Exception {
        assertSameAsInMemory(shown, Selection.of(query), query);
    }

    private static void assertSameAsInMemory(SelectionResult shown, Selection selection, String query) {
        io.auditlens.query.SelectionResult expected = memory.evaluate(selection);
        assertEquals(expected.rows().count(), shown.matching(), query);
        for (BuiltInFacet facet : SelectionBackend.FACETS) {
            FacetCounts counts = expected.facet(facet);
            assertEquals(counts.entries(), shown.entries(facet), facet.key() + " for " + query);
        }
        assertNotEquals(0, shown.entries(SelectionBackend.FACETS.get(0)).size(), "regions are counted");
    }

    private static io.auditlens.query.Facet facetNamed(String key) {
        return SelectionBackend.FACETS.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static int cli(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static String cliOut(String... args) {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())));
        return out.toString();
    }
}
