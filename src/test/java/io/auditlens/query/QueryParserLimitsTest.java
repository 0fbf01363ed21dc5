package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.auditlens.query.QueryNode.And;
import io.auditlens.query.QueryNode.Not;
import io.auditlens.query.QueryNode.Or;
import io.auditlens.query.QueryNode.TextTerm;
import org.junit.jupiter.api.Test;

class QueryParserLimitsTest {

    private static final int DEEP = 100_000;

    @Test
    void hundredKilobytesOfPlainTermsParse() throws Exception {
        StringBuilder text = new StringBuilder();
        int terms = 0;
        while (text.length() < 100_000) {
            text.append("word").append(terms).append(' ');
            terms++;
        }
        And and = assertInstanceOf(And.class, QueryParser.parse(text.toString()));
        assertEquals(terms, and.children().size());
        assertEquals(new TextTerm("word0"), and.children().get(0));
    }

    @Test
    void hundredKilobytesOfMixedTermsParse() throws Exception {
        String chunk = "region:eu-de OR -message:\"pull \\\"x\\\"\" (a b) ";
        String text = chunk.repeat(100_000 / chunk.length() + 1);
        Or or = assertInstanceOf(Or.class, QueryParser.parse(text));
        assertEquals(100_000 / chunk.length() + 2, or.children().size());
    }

    @Test
    void oneHundredKilobyteQuotedValueParses() throws Exception {
        String value = "v".repeat(100_000);
        assertEquals(new QueryNode.FieldTerm(QueryField.MESSAGE, value, MatchKind.EXACT),
                QueryParser.parse("message:\"" + value + "\""));
    }

    @Test
    void deeplyNestedParenthesesAreASyntaxErrorNotACrash() {
        String text = "(".repeat(DEEP) + "a" + ")".repeat(DEEP);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(text));
        assertEquals(QueryParser.MAX_NESTING + 1, e.column());
        assertEquals("at most 200 nested parentheses and negations", e.expected());
    }

    @Test
    void deeplyNestedUnclosedParenthesesAreASyntaxError() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("(".repeat(DEEP)));
        assertEquals(QueryParser.MAX_NESTING + 1, e.column());
    }

    @Test
    void longRunsOfNegationAreASyntaxError() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> QueryParser.parse("-".repeat(DEEP) + "a"));
        assertEquals(QueryParser.MAX_NESTING + 1, e.column());
        QuerySyntaxException words = assertThrows(QuerySyntaxException.class,
                () -> QueryParser.parse("NOT ".repeat(DEEP) + "a"));
        assertEquals(4 * QueryParser.MAX_NESTING + 1, words.column());
    }

    @Test
    void nestingUpToTheLimitParses() throws Exception {
        int half = QueryParser.MAX_NESTING / 2;
        QueryNode parsed = QueryParser.parse("-(".repeat(half) + "a" + ")".repeat(half));
        QueryNode node = parsed;
        for (int i = 0; i < half; i++) {
            node = assertInstanceOf(Not.class, node).child();
        }
        assertEquals(new TextTerm("a"), node);
        assertEquals(parsed, QueryParser.parse(QueryPrinter.print(parsed)));
    }

    @Test
    void oneLevelBeyondTheLimitFails() {
        int limit = QueryParser.MAX_NESTING;
        assertThrows(QuerySyntaxException.class,
                () -> QueryParser.parse("(".repeat(limit + 1) + "a" + ")".repeat(limit + 1)));
    }

    @Test
    void exactlyTheLimitParses() throws Exception {
        int limit = QueryParser.MAX_NESTING;
        assertEquals(new TextTerm("a"), QueryParser.parse("(".repeat(limit) + "a" + ")".repeat(limit)));
    }
}
