package io.auditlens.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewImportExportTest {

    @TempDir
    Path dir;

    private ViewStore mine;
    private ViewStore theirs;

    @BeforeEach
    void open() {
        mine = new ViewStore(dir.resolve("mine"));
        theirs = new ViewStore(dir.resolve("theirs"));
    }

    @AfterEach
    void close() throws Exception {
        mine.close();
        theirs.close();
    }

    private static SavedView full(String name, String query) {
        return new SavedView(name, query, Map.of("region", Set.of("us-south", "eu-de"), "OUTCOME", Set.of("failure")),
                new ViewTimeRange(null, 1_772_000_000_000L), List.of("time", "region", "action"),
                new ViewSort("region", false));
    }

    @Test
    void exportedViewsImportUnchangedIntoAnotherStore() throws Exception {
        mine.save(full("Pulls in Dallas", "action:image.pull"));
        mine.save(SavedView.ofQuery("Bare", ""));
        Path file = dir.resolve("out").resolve("views-export.json");
        assertEquals(2, mine.exportSaved(file).size());

        ImportResult result = theirs.importFrom(file);
        assertEquals(List.of("Pulls in Dallas", "Bare"), result.added().stream().map(a -> a.view().name()).toList());
        assertTrue(result.added().stream().noneMatch(ImportedView::renamed));
        assertEquals(mine.load().saved(), theirs.load().saved());
    }

    @Test
    void columnWidthsAreWrittenOnlyWhenAViewHasThemAndReadBack() throws Exception {
        SavedView wide = new SavedView("Wide", "", Map.of(), ViewTimeRange.ALL, List.of("time", "target"), null,
                Map.of("target", 240.0));
        mine.save(wide);
        mine.save(SavedView.ofQuery("Narrow", "q"));
        Path file = dir.resolve("widths.json");
        mine.exportSaved(file);
        JsonNode views = new ObjectMapper().readTree(file.toFile()).get("views");
        assertEquals(240.0, views.get(0).get("columnWidths").get("target").asDouble());
        assertFalse(views.get(1).has("columnWidths"));

        theirs.importFrom(file);
        assertEquals(wide, theirs.find("Wide").orElseThrow().view());
    }

    @Test
    void theExportFileHasTheDocumentedShape() throws Exception {
        mine.save(full("a", "q"));
        Path file = dir.resolve("export.json");
        mine.exportSaved(file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.get("auditlensViews").asInt());
        List<String> keys = List.copyOf(iterable(root.fieldNames()));
        assertEquals(List.of("auditlensViews", "views"), keys);
        JsonNode view = root.get("views").get(0);
        assertEquals(List.of("name", "query", "picks", "timeRange", "columns", "sort"),
                List.copyOf(iterable(view.fieldNames())));
        assertEquals("eu-de", view.get("picks").get("region").get(0).asText());
        assertEquals("failure", view.get("picks").get("outcome").get(0).asText());
        assertTrue(view.get("timeRange").get("from").isNull());
        assertEquals(1_772_000_000_000L, view.get("timeRange").get("to").asLong());
        assertEquals("region", view.get("sort").get("column").asText());
        assertFalse(view.get("sort").get("descending").asBoolean());
    }

    @Test
    void exportOfNamedViewsMayIncludeBuiltInOnesAndRefusesUnknownNames() throws Exception {
        mine.save(SavedView.ofQuery("a", "q"));
        mine.save(SavedView.ofQuery("b", "q"));
        Path file = dir.resolve("some.json");
        assertEquals(List.of("b", "Deletions"),
                mine.export(List.of("B", "deletions", "b"), file).stream().map(SavedView::name).toList());
        ViewRefusedException e = assertThrows(ViewRefusedException.class,
                () -> mine.export(List.of("nope"), dir.resolve("none.json")));
        assertTrue(e.getMessage().startsWith("no view named \"nope\" (known: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", a, b)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("none.json")));
    }

    @Test
    void clashingNamesAreKeptBothAndImportingTwiceAddsNothingMore() throws Exception {
        theirs.save(full("Shared", "from them"));
        theirs.save(SavedView.ofQuery("Same", "q"));
        theirs.duplicate("Deletions");
        Path file = dir.resolve("theirs.json");
        theirs.exportSaved(file);
        mine.save(full("shared", "mine"));
        mine.save(SavedView.ofQuery("Same", "q"));
        mine.save(SavedView.ofQuery("Deletions copy", "different"));

        ImportResult first = mine.importFrom(file);
        assertEquals(List.of("Shared (imported)", "Deletions copy (imported)"),
                first.added().stream().map(a -> a.view().name()).toList());
        assertEquals("Shared", first.added().get(0).originalName());
        assertTrue(first.added().get(0).renamed());
        assertEquals(List.of("Same"), first.alreadyPresent());
        assertEquals("mine", mine.find("shared").orElseThrow().view().query());
        assertEquals("from them", mine.find("Shared (imported)").orElseThrow().view().query());

        ImportResult second = mine.importFrom(file);
        assertTrue(second.added().isEmpty());
        assertEquals(List.of("Shared", "Same", "Deletions copy"), second.alreadyPresent());
    }

    @Test
    void aViewNamedLikeABuiltInIsImportedUnderAnotherName() throws Exception {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, "{\"auditlensViews\": 1, \"views\": [{\"name\": \"Deletions\", \"query\": \"mine\"},"
                + "{\"name\": \"Deletions\", \"query\": \"action:image.delete OR action:image.bulkdelete OR "
                + "action:trash.restore\", \"sort\": {\"column\": \"time\", \"descending\": true}}]}");
        ImportResult result = mine.importFrom(file);
        assertEquals(List.of("Deletions (imported)"), result.added().stream().map(a -> a.view().name()).toList());
        assertEquals(List.of("Deletions"), result.alreadyPresent());
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedAndChangesNothing() throws Exception {
        mine.save(SavedView.ofQuery("a", "q"));
        Path notViews = dir.resolve("events.json");
        Files.writeString(notViews, "{\"action\": \"container-registry.image.pull\"}");
        ViewFileFormatException e = assertThrows(ViewFileFormatException.class, () -> mine.importFrom(notViews));
        assertTrue(e.getMessage().contains("auditlensViews"), e.getMessage());
        Files.writeString(notViews, "{\"auditlensViews\": 1, \"views\": [");
        assertThrows(ViewFileFormatException.class, () -> mine.importFrom(notViews));
        assertThrows(NoSuchFileException.class, () -> mine.importFrom(dir.resolve("missing.json")));
        assertEquals(List.of("a"), mine.load().saved().stream().map(SavedView::name).toList());
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
