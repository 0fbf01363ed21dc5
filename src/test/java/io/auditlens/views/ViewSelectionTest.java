package io.auditlens.views;

import io.auditlens.query.Facet;
import io.auditlens.query.QueryNode;
import io.auditlens.query.QueryParser;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewSelectionTest {

    private static final SavedView VIEW = new SavedView("v", "outcome:failure OR severity:critical",
            Map.of("region", Set.of("eu-de", "us-south"), "Status", Set.of("FAIL")), new ViewTimeRange(100L, null),
            List.of("time"), new ViewSort("time", true));

    @Test
    void aViewBecomesItsQueryPicksAndRange() throws Exception {
        Selection s = ViewSelection.of(VIEW);
        assertEquals("outcome:failure OR severity:critical", s.queryText());
        assertEquals(QueryParser.parse(VIEW.query()), s.query());
        assertEquals(Map.of(Facet.REGION, Set.of("eu-de", "us-south"), Facet.STATUS, Set.of("FAIL")), s.picks());
        assertEquals(new TimeRange(100L, Long.MAX_VALUE), s.range());
    }

    @Test
    void aPathFacetsPicksSurviveTheRoundTripThroughAView() throws Exception {
        Facet agent = Facet.byKey("initiator.host.agent").orElseThrow();
        Selection s = Selection.of("outcome:failure").withPicks(agent, Set.of("podman"))
                .withPicks(Facet.REGION, Set.of("eu-de"));
        SavedView view = ViewSelection.toView("agents", s, List.of(), null);
        assertEquals(Map.of("initiator.host.agent", Set.of("podman"), "region", Set.of("eu-de")), view.picks());
        assertEquals(s.picks(), ViewSelection.of(view).picks());
    }

    @Test
    void aPathFacetKeepsTheCaseOfItsNamesWhichJsonPathsNeedWhileBuiltInIdsIgnoreCase() throws Exception {
        Facet method = Facet.byKey("requestData.RequestParameters.signatureMethod").orElseThrow();
        Selection s = Selection.all().withPicks(method, Set.of("Red Hat Signing"));
        SavedView view = ViewSelection.toView("methods", s, List.of(), null);
        assertEquals(Map.of("requestData.RequestParameters.signatureMethod", Set.of("Red Hat Signing")), view.picks());
        assertEquals(s.picks(), ViewSelection.of(view).picks());
        SavedView typed = new SavedView("typed", "", Map.of("Region", Set.of("eu-de")), null, List.of(), null);
        assertEquals(Map.of("region", Set.of("eu-de")), typed.picks());
    }

    @Test
    void anExtraQueryIsAndedWithoutReachingIntoTheViewsOr() throws Exception {
        Selection s = ViewSelection.of(VIEW, " region:eu-de ");
        assertEquals("(outcome:failure OR severity:critical) (region:eu-de)", s.queryText());
        QueryNode.And and = assertInstanceOf(QueryNode.And.class, s.query());
        assertEquals(List.of(QueryParser.parse(VIEW.query()), QueryParser.parse("region:eu-de")), and.children());
        assertEquals(QueryParser.parse(s.queryText()), s.query());

        SavedView noQuery = new SavedView("n", "", VIEW.picks(), VIEW.timeRange(), List.of(), null);
        assertEquals("region:eu-de", ViewSelection.of(noQuery, "region:eu-de").queryText());
        assertInstanceOf(QueryNode.MatchAll.class, ViewSelection.of(noQuery, "").query());
    }

    @Test
    void aSyntaxErrorInTheExtraQueryCountsColumnsInThatText() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> ViewSelection.of(VIEW, "a OR"));
        assertEquals(columnOfError("a OR"), e.column());
    }

    @Test
    void aViewThatCannotBeUsedIsRefusedWithItsName() {
        ViewRefusedException broken = assertThrows(ViewRefusedException.class,
                () -> ViewSelection.of(SavedView.ofQuery("Bad", "(x")));
        assertTrue(broken.getMessage().startsWith("the query of view \"Bad\" does not parse: column "),
                broken.getMessage());
        SavedView future = new SavedView("Future", "", Map.of("colour", Set.of("red")), null, null, null);
        ViewRefusedException unknown = assertThrows(ViewRefusedException.class, () -> ViewSelection.of(future));
        assertEquals("view \"Future\" picks values in facet \"colour\", which this version of AuditLens does not know",
                unknown.getMessage());
    }

    @Test
    void aSelectionSavedAsAViewComesBackTheSame() throws Exception {
        Selection s = Selection.of("action:image.pull").withPicks(Facet.OUTCOME, Set.of("failure"))
                .withPicks(Facet.NAMESPACE, Set.of("team", "ops")).withRange(new TimeRange(Long.MIN_VALUE, 5_000L));
        SavedView view = ViewSelection.toView("Kept", s, List.of("time", "action"), new ViewSort("action", false));
        assertEquals(Map.of("outcome", Set.of("failure"), "namespace", Set.of("ops", "team")), view.picks());
        assertEquals(new ViewTimeRange(null, 5_000L), view.timeRange());
        assertEquals(List.of("time", "action"), view.columns());
        assertEquals(s, ViewSelection.of(view));
        assertEquals(Selection.all(), ViewSelection.of(ViewSelection.toView("All", Selection.all(), List.of(), null)));
    }

    private static int columnOfError(String text) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(text)).column();
    }
}
