package io.auditlens.views;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewStoreTest {

    @TempDir
    Path dir;

    private ViewStore store;

    @BeforeEach
    void open() {
        store = new ViewStore(dir.resolve("config"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static SavedView full(String name) {
        return new SavedView(name, "region:us-south", Map.of("outcome", Set.of("failure")),
                new ViewTimeRange(1_000L, 2_000L), List.of("time", "action"), new ViewSort("time", true));
    }

    private List<String> savedNames() throws Exception {
        return store.load().saved().stream().map(SavedView::name).toList();
    }

    @Test
    void aFreshFolderListsTheBuiltInViewsAndCreatesNothing() throws Exception {
        ViewCatalog catalog = store.load();
        assertEquals(BuiltInViews.all().size(), catalog.views().size());
        assertTrue(catalog.views().stream().allMatch(ViewEntry::builtIn));
        assertTrue(catalog.warning().isEmpty());
        assertFalse(Files.exists(dir.resolve("config")));
    }

    @Test
    void savedViewsComeAfterTheBuiltInOnesAndAreFoundIgnoringCase() throws Exception {
        store.save(full("My pulls"));
        ViewCatalog catalog = store.load();
        ViewEntry last = catalog.views().get(catalog.views().size() - 1);
        assertEquals("My pulls", last.name());
        assertFalse(last.builtIn());
        assertEquals(full("My pulls"), store.find("  my PULLS ").orElseThrow().view());
        assertTrue(store.find("deletions").orElseThrow().builtIn());
        assertTrue(store.find("nothing").isEmpty());
    }

    @Test
    void savingUnderATakenNameReplacesTheViewWhereItStands() throws Exception {
        store.save(SavedView.ofQuery("a", "x"));
        store.save(SavedView.ofQuery("b", "y"));
        store.save(SavedView.ofQuery("A", "z"));
        assertEquals(List.of("A", "b"), savedNames());
        assertEquals("z", store.find("a").orElseThrow().view().query());
    }

    @Test
    void renameKeepsEverythingButTheName() throws Exception {
        store.save(full("old"));
        SavedView renamed = store.rename("OLD", "new");
        assertEquals(full("new"), renamed);
        assertEquals(List.of("new"), savedNames());
        assertEquals("NEW", store.rename("new", "NEW").name());
    }

    @Test
    void renameRefusesATakenOrInvalidName() throws Exception {
        store.save(SavedView.ofQuery("a", "x"));
        store.save(SavedView.ofQuery("b", "y"));
        assertTrue(assertThrows(ViewRefusedException.class, () -> store.rename("a", "B")).getMessage()
                .contains("already a view named \"b\""));
        assertThrows(ViewRefusedException.class, () -> store.rename("a", " "));
        assertThrows(ViewRefusedException.class, () -> store.rename("a", "two\nlines"));
        assertTrue(assertThrows(ViewRefusedException.class, () -> store.rename("missing", "c")).getMessage()
                .startsWith("no view named \"missing\" (known: Failed pushes and pulls, "));
        assertEquals(List.of("a", "b"), savedNames());
    }

    @Test
    void duplicatesAreNumberedAndFollowTheirOriginal() throws Exception {
        store.save(SavedView.ofQuery("X", "q"));
        store.save(SavedView.ofQuery("Y", "q"));
        assertEquals("X copy", store.duplicate("x").name());
        assertEquals("X copy 2", store.duplicate("X").name());
        assertEquals("X copy 3", store.duplicate("X copy").name());
        assertEquals(List.of("X", "X copy 2", "X copy", "X copy 3", "Y"), savedNames());
        assertEquals("q", store.find("X copy 2").orElseThrow().view().query());
    }

    @Test
    void deleteReturnsTheViewSoThatSavingItUndoesTheDeletion() throws Exception {
        store.save(full("keep"));
        SavedView deleted = store.delete("KEEP");
        assertEquals(full("keep"), deleted);
        assertTrue(store.load().saved().isEmpty());
        store.save(deleted);
        assertEquals(full("keep"), store.find("keep").orElseThrow().view());
    }

    @Test
    void builtInViewsCanBeCopiedButNotChanged() throws Exception {
        ViewRefusedException save = assertThrows(ViewRefusedException.class,
                () -> store.save(SavedView.ofQuery("deletions", "mine")));
        assertEquals("\"Deletions\" is a built-in view and cannot be replaced; save it under another name",
                save.getMessage());
        assertThrows(ViewRefusedException.class, () -> store.delete("Deletions"));
        assertThrows(ViewRefusedException.class, () -> store.rename("Deletions", "Removals"));
        store.save(SavedView.ofQuery("mine", "q"));
        assertThrows(ViewRefusedException.class, () -> store.rename("mine", "signature CHANGES"));

        SavedView copy = store.duplicate("deletions");
        assertEquals("Deletions copy", copy.name());
        assertEquals(BuiltInViews.find("Deletions").orElseThrow().query(), copy.query());
        assertEquals("Deletions copy 2", store.rename("Deletions copy", "Deletions copy 2").name());
        store.delete("Deletions copy 2");
        assertEquals(BuiltInViews.all().size(), store.load().views().stream().filter(ViewEntry::builtIn).count());
    }

    @Test
    void listenersHearEachChangeWithTheViewsAfterIt() throws Exception {
        List<ViewChange> heard = new ArrayList<>();
        ViewChangeListener listener = heard::add;
        store.addChangeListener(listener);
        store.save(SavedView.ofQuery("a", "q"));
        store.rename("a", "b");
        store.duplicate("b");
        store.delete("b copy");
        assertThrows(ViewRefusedException.class, () -> store.delete("missing"));
        store.removeChangeListener(listener);
        store.save(SavedView.ofQuery("c", "q"));

        assertEquals(List.of(ViewChange.Kind.SAVED, ViewChange.Kind.RENAMED, ViewChange.Kind.DUPLICATED,
                ViewChange.Kind.DELETED), heard.stream().map(ViewChange::kind).toList());
        assertEquals(List.of("a", "b"), heard.get(1).names());
        assertEquals(List.of("b", "b copy"), heard.get(2).names());
        assertTrue(heard.get(2).catalog().find("b copy").isPresent());
        assertEquals(List.of("b"), heard.get(3).catalog().saved().stream().map(SavedView::name).toList());
    }

    @Test
    void invalidViewsCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> SavedView.ofQuery("", "q"));
        assertThrows(IllegalArgumentException.class, () -> SavedView.ofQuery("x".repeat(201), "q"));
        assertThrows(IllegalArgumentException.class, () -> new ViewTimeRange(5L, 4L));
        assertThrows(IllegalArgumentException.class, () -> new ViewSort(" ", false));
    }
}
