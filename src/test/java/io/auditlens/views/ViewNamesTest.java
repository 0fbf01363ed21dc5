package io.auditlens.views;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewNamesTest {

    private static Predicate<String> taken(String... names) {
        return n -> Set.of(names).stream().anyMatch(t -> ViewNames.same(t, n));
    }

    @Test
    void copiesCountUpFromTheOriginalName() {
        assertEquals("X copy", ViewNames.copyName("X", taken("X")));
        assertEquals("X copy 2", ViewNames.copyName("X", taken("X", "x COPY")));
        assertEquals("X copy 3", ViewNames.copyName("X copy 2", taken("X", "X copy", "X copy 2")));
        assertEquals("Copy copy", ViewNames.copyName("Copy", taken("Copy")));
    }

    @Test
    void importedNamesCountUpAndAreRecognised() {
        assertEquals("a (imported)", ViewNames.importedName("a", taken("a")));
        assertEquals("a (imported 2)", ViewNames.importedName("a", taken("a", "a (imported)")));
        assertTrue(ViewNames.isImportOf("A", "a"));
        assertTrue(ViewNames.isImportOf("a (imported 2)", "A"));
        assertFalse(ViewNames.isImportOf("ab (imported)", "a"));
    }

    @Test
    void suffixedNamesOfLongNamesStayValid() {
        String longest = "n".repeat(ViewNames.MAX_LENGTH);
        String copy = ViewNames.copyName(longest, taken(longest));
        assertEquals(ViewNames.MAX_LENGTH, copy.length());
        assertTrue(copy.endsWith(" copy"));
        assertTrue(ViewNames.problem(ViewNames.importedName(longest, taken(longest))).isEmpty());
    }

    @Test
    void namesAreStrippedAndComparedIgnoringCase() {
        assertEquals("name", ViewNames.requireValid("  name \t"));
        assertTrue(ViewNames.same(" Failed Pushes and pulls", "failed pushes and PULLS "));
        assertTrue(ViewNames.problem("tab\there").isPresent());
        assertTrue(ViewNames.problem(null).isPresent());
    }

    @Test
    void picksAreNormalisedSoThatEqualViewsAreEqual() {
        SavedView a = new SavedView("v", " q ", Map.of("Region", Set.of("b", "a"), "status", Set.of()),
                null, null, null);
        SavedView b = new SavedView("v", "q", Map.of("region", Set.of("a", "b")), ViewTimeRange.ALL,
                List.of(), null);
        assertEquals(a, b);
        assertEquals(List.of("a", "b"), List.copyOf(a.picks().get("region")));
        assertTrue(a.sameContentAs(b.withName("other")));
    }
}
