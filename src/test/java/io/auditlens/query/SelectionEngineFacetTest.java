package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

class SelectionEngineFacetTest {

    @TempDir
    static Path dir;

    private static SelectionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        List<EventJson> events = new ArrayList<>();
        // region x outcome: us-south 3 success + 1 failure, eu-de 2 success + 2 failure, jp-tok 1 failure
        String[][] spec = {{"us-south", "success", "image.pull"}, {"us-south", "success", "image.pull"},
            {"us-south", "success", "image.push"}, {"us-south", "failure", "image.pull"},
            {"eu-de", "success", "image.push"}, {"eu-de", "success", "namespace.create"},
            {"eu-de", "failure", "image.pull"}, {"eu-de", "failure", "image-vulnerability-status.read"},
            {"jp-tok", "failure", "image.delete"}};
        for (int i = 0; i < spec.length; i++) {
            events.add(EventJson.at("2026-03-04T12:0" + i + ":00Z", spec[i][2]).region(spec[i][0])
                    .outcome(spec[i][1]));
        }
        engine = new SelectionEngine(TestInputs.loadEvents(dir, events).store());
    }

    @Test
    void withoutPicksEveryFacetCountsTheQueryResult() throws Exception {
        SelectionResult r = engine.evaluate(Selection.of("action:image.*"));
        assertEquals(7, r.count());
        assertEquals(4, r.facets().get(Facet.REGION).count("us-south"));
        assertEquals(2, r.facets().get(Facet.REGION).count("eu-de"));
        assertEquals(7, r.facets().get(Facet.CATEGORY).count("image-data"));
        assertEquals(Set.copyOf(Facet.PANEL), r.facets().keySet());
    }

    @Test
    void picksAreOredWithinAFacetAndAndedAcross() {
        Selection s = Selection.all().withPicks(Facet.REGION, Set.of("us-south", "jp-tok"))
                .withPicks(Facet.OUTCOME, Set.of("failure"));
        SelectionResult r = engine.evaluate(s);
        assertEquals(2, r.count());
    }

    @Test
    void aPickedFacetIsCountedWithoutItsOwnPicks() {
        Selection s = Selection.all().withPicks(Facet.REGION, Set.of("us-south"))
                .withPicks(Facet.OUTCOME, Set.of("failure"));
        SelectionResult r = engine.evaluate(s);
        assertEquals(1, r.count());
        FacetCounts regions = r.facets().get(Facet.REGION);
        // Regions are counted over failures only: the region picks do not narrow their own counts.
        assertEquals(1, regions.count("us-south"));
        assertEquals(2, regions.count("eu-de"));
        assertEquals(1, regions.count("jp-tok"));
        FacetCounts outcomes = r.facets().get(Facet.OUTCOME);
        assertEquals(3, outcomes.count("success"));
        assertEquals(1, outcomes.count("failure"));
        // An unpicked facet is counted over the full selection.
        assertEquals(1, r.facets().get(Facet.ACTION).total());
    }

    @Test
    void derivedFacetsCanBePicked() {
        SelectionResult byCategory = engine.evaluate(Selection.all().withPicks(Facet.CATEGORY, Set.of("image-data")));
        assertEquals(7, byCategory.count());
        assertEquals(9, byCategory.facets().get(Facet.CATEGORY).total());
        SelectionResult byGeo = engine.evaluate(Selection.all().withPicks(Facet.GEO, Set.of("Europe")));
        assertEquals(4, byGeo.count());
        assertEquals(4, byGeo.facet(Facet.GEO).count("Europe"));
        assertEquals(4, byGeo.facet(Facet.GEO).count("Americas"));
        assertEquals(1, byGeo.facet(Facet.GEO).count("Asia Pacific"));
    }

    @Test
    void timeRangeNarrowsEverything() {
        long from = io.auditlens.event.EventTime.parse("2026-03-04T12:02:00Z");
        long until = io.auditlens.event.EventTime.parse("2026-03-04T12:05:00Z");
        SelectionResult r = engine.evaluate(Selection.all().withRange(new TimeRange(from, until)));
        assertEquals(3, r.count());
        assertEquals(3, r.facets().get(Facet.REGION).total());
    }

    @Test
    void furtherFacetsAreCountedOnRequestAndKept() throws Exception {
        SelectionResult r = engine.evaluate(Selection.of("outcome:failure"));
        FacetCounts geo = r.facet(Facet.GEO);
        assertEquals(2, geo.count("Europe"));
        assertEquals(1, geo.count("Americas"));
        assertEquals(1, geo.count("Asia Pacific"));
        assertSame(geo, r.facet(Facet.GEO));
    }

    @Test
    void pickingAValueNoEventHasMatchesNothing() {
        SelectionResult r = engine.evaluate(Selection.all().withPick(Facet.REGION, "au-syd", true));
        assertEquals(0, r.count());
        assertEquals(4, r.facets().get(Facet.REGION).count("us-south"));
        assertEquals(0, r.facets().get(Facet.OUTCOME).total());
    }
}
