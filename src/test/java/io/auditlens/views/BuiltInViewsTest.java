package io.auditlens.views;

import io.auditlens.query.QueryNode;
import io.auditlens.query.QueryParser;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInViewsTest {

    @Test
    void everyQueryParses() throws Exception {
        for (SavedView v : BuiltInViews.all()) {
            QueryNode tree = QueryParser.parse(v.query());
            assertFalse(tree instanceof QueryNode.MatchAll, v.name());
        }
    }

    @Test
    void theIssuesQuestionsAreAllThere() {
        assertEquals(List.of("Failed pushes and pulls", "Deletions", "Signature changes", "Vulnerability FAIL or WARN",
                "Account setting changes", "Namespace changes"),
                BuiltInViews.all().stream().map(SavedView::name).toList());
        assertEquals("outcome:failure (action:image.push OR action:image.pull)",
                BuiltInViews.find("failed pushes and pulls").orElseThrow().query());
    }

    @Test
    void failedPushesAndPullsRequireFailureAndEitherAction() throws Exception {
        QueryNode tree = QueryParser.parse(BuiltInViews.find("Failed pushes and pulls").orElseThrow().query());
        QueryNode.And and = assertInstanceOf(QueryNode.And.class, tree);
        assertEquals(2, and.children().size());
        assertInstanceOf(QueryNode.Or.class, and.children().get(1));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndValid() {
        Set<String> seen = new HashSet<>();
        for (SavedView v : BuiltInViews.all()) {
            assertTrue(seen.add(v.name().toLowerCase(Locale.ROOT)), v.name());
            assertTrue(ViewNames.problem(v.name()).isEmpty());
            assertTrue(BuiltInViews.isBuiltIn(v.name().toUpperCase(Locale.ROOT)));
        }
        assertFalse(BuiltInViews.isBuiltIn("Deletions copy"));
    }
}
