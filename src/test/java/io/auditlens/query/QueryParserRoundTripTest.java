package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.event.EventTime;
import io.auditlens.query.QueryNode.And;
import io.auditlens.query.QueryNode.FieldTerm;
import io.auditlens.query.QueryNode.JsonPathTerm;
import io.auditlens.query.QueryNode.MatchAll;
import io.auditlens.query.QueryNode.Not;
import io.auditlens.query.QueryNode.Or;
import io.auditlens.query.QueryNode.TextTerm;
import io.auditlens.query.QueryNode.TimeBound;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class QueryParserRoundTripTest {

    // Characters that each mean something to the lexer somewhere, plus ordinary and non-ASCII ones.
    private static final String TRICKY_CHARS = "aZ9 \t-:\"\\()*.é_/@";
    private static final long MIN_TIME = EventTime.parse("0000-01-01T00:00:00Z");
    private static final long MAX_TIME = EventTime.parse("9999-12-31T23:59:59.999Z");

    @Property(tries = 2000)
    void parsingThePrintedTreeGivesTheSameTree(@ForAll("trees") QueryNode tree) throws QuerySyntaxException {
        String text = QueryPrinter.print(tree);
        assertEquals(tree, QueryParser.parse(text), text);
    }

    @Property(tries = 3000)
    void anyTextParsesOrIsASyntaxErrorInsideTheText(@ForAll("queryLikeText") String text) {
        try {
            QueryNode tree = QueryParser.parse(text);
            String printed = QueryPrinter.print(tree);
            assertEquals(tree, QueryParser.parse(printed), printed);
        } catch (QuerySyntaxException e) {
            assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, e.getMessage());
            assertTrue(e.getMessage().startsWith("column " + e.column() + ": expected "), e.getMessage());
        }
    }

    @Example
    void printingIsCanonical() throws QuerySyntaxException {
        String typed = "REGION:eu-de  or repository:\"app\"  NOT (a AND b) message:\"x y\"* Tag:\"\" after:\"2026-03-04T00:00Z\"";
        assertEquals("region:eu-de OR repo:app -(a b) message:\"x y\"* tag:\"\" after:2026-03-04",
                QueryPrinter.print(QueryParser.parse(typed)));
    }

    @Example
    void printingQuotesOnlyWhereNeeded() {
        assertEquals("a \"OR\" \"-x\" \"k:v\" \"x*\" \"\" \"a b\" \"say \\\"hi\\\" \\\\\"",
                QueryPrinter.print(new And(List.of(new TextTerm("a"), new TextTerm("OR"), new TextTerm("-x"),
                        new TextTerm("k:v"), new TextTerm("x*"), new TextTerm(""), new TextTerm("a b"),
                        new TextTerm("say \"hi\" \\")))));
    }

    @Example
    void printingTimes() {
        assertEquals("before:2026-03-04T12:00:00.250Z",
                new TimeBound(false, EventTime.parse("2026-03-04T12:00:00.250Z")).toQueryText());
        assertEquals("after:0000-01-01", new TimeBound(true, MIN_TIME).toQueryText());
        assertEquals("after:9999-12-31T23:59:59.999Z", new TimeBound(true, MAX_TIME).toQueryText());
    }

    @Provide
    Arbitrary<QueryNode> trees() {
        return tree(4);
    }

    @Provide
    Arbitrary<String> queryLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars(TRICKY_CHARS).ofMaxLength(6),
                Arbitraries.of("OR", "and", "NOT", "region:", "after:", "before:2026-03-04", "a.b:", "(", ")", "\"",
                        "\\\"", "-", "*", " ", "repo:x*", "tag:\"\""));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    private Arbitrary<QueryNode> tree(int depth) {
        if (depth == 0) {
            return term();
        }
        Arbitrary<QueryNode> child = Arbitraries.lazy(() -> tree(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, term()),
                Tuple.of(1, child.map(Not::new)),
                Tuple.of(1, child.list().ofMinSize(2).ofMaxSize(4).map(And::new)),
                Tuple.of(1, child.list().ofMinSize(2).ofMaxSize(4).map(Or::new)));
    }

    private Arbitrary<QueryNode> term() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, fieldTerm()),
                Tuple.of(2, jsonPathTerm()),
                Tuple.of(3, text().map(TextTerm::new)),
                Tuple.of(1, timeBound()),
                Tuple.of(1, Arbitraries.just(new MatchAll())));
    }

    private Arbitrary<QueryNode> fieldTerm() {
        // has: takes only "note" or "label"; QueryEvidenceTermsTest covers it.
        return Arbitraries.of(QueryField.class).filter(f -> f != QueryField.HAS).flatMap(field -> Arbitraries.of(MatchKind.class)
                .flatMap(kind -> valueFor(kind).map(value -> new FieldTerm(field, value, kind))));
    }

    private Arbitrary<QueryNode> jsonPathTerm() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("aZ9_-$*\\é").ofMinLength(1).ofMaxLength(5);
        Arbitrary<List<String>> path = segment.list().ofMinSize(2).ofMaxSize(4)
                .filter(p -> p.get(0).charAt(0) != '-');
        return path.flatMap(p -> Arbitraries.of(MatchKind.class)
                .flatMap(kind -> valueFor(kind).map(value -> new JsonPathTerm(p, value, kind))));
    }

    private Arbitrary<String> valueFor(MatchKind kind) {
        return switch (kind) {
            case EMPTY -> Arbitraries.just("");
            case EXACT -> text().filter(v -> !v.isEmpty());
            case PREFIX -> text();
        };
    }

    private Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(TRICKY_CHARS).ofMaxLength(8),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("OR", "or", "And", "NOT", "*", "**", "-", "\\", "\"", "a*b", "sha256:9f86", "eu-de"));
    }

    private Arbitrary<QueryNode> timeBound() {
        Arbitrary<Long> anyTime = Arbitraries.longs().between(MIN_TIME, MAX_TIME);
        Arbitrary<Long> midnight = Arbitraries.longs().between(0, (MAX_TIME - MIN_TIME) / 86_400_000L)
                .map(days -> MIN_TIME + days * 86_400_000L);
        return Arbitraries.oneOf(anyTime, midnight)
                .flatMap(t -> Arbitraries.of(true, false).map(after -> new TimeBound(after, t)));
    }
}
