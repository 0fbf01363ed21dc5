package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestTimeline;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

class SelectionTest {

    @Test
    void picksToggleAndEmptyFacetsDisappear() {
        Selection s = Selection.all().withPick(Facet.REGION, "eu-de", true).withPick(Facet.REGION, "us-south", true);
        assertEquals(Set.of("eu-de", "us-south"), s.picks().get(Facet.REGION));
        Selection none = s.withPick(Facet.REGION, "eu-de", false).withPick(Facet.REGION, "us-south", false);
        assertEquals(Map.of(), none.picks());
    }

    @Test
    void selectionsAreImmutableCopies() {
        Set<String> values = new HashSet<>(Set.of("a"));
        Selection s = Selection.all().withPicks(Facet.TAG, values);
        values.add("b");
        assertEquals(Set.of("a"), s.picks().get(Facet.TAG));
        assertThrows(UnsupportedOperationException.class, () -> s.picks().put(Facet.IP, Set.of()));
    }

    @Test
    void theQueryTextAndTreeStayTogether() throws Exception {
        Selection s = Selection.of("region:eu-de").withRange(new TimeRange(0, 10));
        assertEquals("region:eu-de", s.queryText());
        assertEquals(new QueryNode.FieldTerm(QueryField.REGION, "eu-de", MatchKind.EXACT), s.query());
        assertEquals(new TimeRange(0, 10), s.withQuery("x").range());
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(10, 0));
    }

    @Test
    void anEmptyStoreAnswersEverythingWithNothing() throws Exception {
        EventStore empty = EventStore.empty();
        SelectionEngine engine = new SelectionEngine(empty);
        SelectionResult r = engine.evaluate(Selection.of("pull requestData.a.b:c -region:eu-de")
                .withPick(Facet.OUTCOME, "success", true));
        assertEquals(0, r.count());
        assertEquals(0, r.facets().get(Facet.REGION).total());
        assertEquals(0, r.sortedRows(EventField.MESSAGE, true).length);
        assertEquals(0, r.histogram(BucketSize.DAY).buckets());
        assertTrue(DigestList.of(empty, r.rows()).digests().isEmpty());
        assertTrue(DigestTimeline.of(empty, "sha256:" + "a".repeat(64), r.rows()).isEmpty());
    }
}
