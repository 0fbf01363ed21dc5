package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.auditlens.query.QueryNode.And;
import io.auditlens.query.QueryNode.FieldTerm;
import io.auditlens.query.QueryNode.MatchAll;
import io.auditlens.query.QueryNode.Not;
import io.auditlens.query.QueryNode.Or;
import io.auditlens.query.QueryNode.TextTerm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserStructureTest {

    private static final QueryNode A = new TextTerm("a");
    private static final QueryNode B = new TextTerm("b");
    private static final QueryNode C = new TextTerm("c");
    private static final QueryNode D = new TextTerm("d");

    private static QueryNode parse(String text) throws QuerySyntaxException {
        return QueryParser.parse(text);
    }

    private static And and(QueryNode... children) {
        return new And(List.of(children));
    }

    private static Or or(QueryNode... children) {
        return new Or(List.of(children));
    }

    @Test
    void wordsSeparatedBySpaceAreAnded() throws Exception {
        assertEquals(and(A, B, C), parse("a b   c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a AND b AND c", "a and b c", "a And b\tc"})
    void andKeywordIsOptional(String text) throws Exception {
        assertEquals(and(A, B, C), parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a OR b OR c", "a or b Or c"})
    void orInAnyCase(String text) throws Exception {
        assertEquals(or(A, B, C), parse(text));
    }

    @Test
    void andBindsTighterThanOr() throws Exception {
        assertEquals(or(and(A, B), C), parse("a b OR c"));
        assertEquals(or(A, and(B, C)), parse("a OR b c"));
        assertEquals(or(and(A, B), and(C, D)), parse("a AND b OR c AND d"));
    }

    @Test
    void parenthesesGroup() throws Exception {
        assertEquals(and(A, or(B, C)), parse("a (b OR c)"));
        assertEquals(and(or(A, B), or(C, D)), parse("(a OR b) (c OR d)"));
    }

    @Test
    void parenthesesNeedNoSpaces() throws Exception {
        assertEquals(and(A, or(B, C), D), parse("a(b OR c)d"));
    }

    @Test
    void parenthesisedGroupsStayNestedAsWritten() throws Exception {
        assertEquals(and(and(A, B), C), parse("(a b) c"));
        assertEquals(or(or(A, B), C), parse("(a OR b) OR c"));
    }

    @Test
    void redundantParenthesesAddNoNodes() throws Exception {
        assertEquals(A, parse("((a))"));
        assertEquals(and(A, B), parse("((a b))"));
    }

    @Test
    void dashNegatesATerm() throws Exception {
        assertEquals(and(A, new Not(B)), parse("a -b"));
        assertEquals(new Not(new FieldTerm(QueryField.INITIATOR, "ana@example.com", MatchKind.EXACT)),
                parse("-initiator:ana@example.com"));
    }

    @Test
    void dashNegatesAGroup() throws Exception {
        assertEquals(and(A, new Not(or(B, C))), parse("a -(b OR c)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT b", "not b", "Not (b)"})
    void notKeywordNegates(String text) throws Exception {
        assertEquals(new Not(B), parse(text));
    }

    @Test
    void notGluedToAParenthesisNegatesTheGroup() throws Exception {
        assertEquals(new Not(and(A, B)), parse("NOT(a b)"));
    }

    @Test
    void negationBindsTighterThanAnd() throws Exception {
        assertEquals(and(new Not(A), B), parse("NOT a b"));
        assertEquals(or(new Not(A), B), parse("-a OR b"));
    }

    @Test
    void negationsStack() throws Exception {
        assertEquals(new Not(new Not(A)), parse("--a"));
        assertEquals(new Not(new Not(A)), parse("NOT -a"));
        assertEquals(new Not(new MatchAll()), parse("-*"));
    }

    @Test
    void negatedQuotedPhrase() throws Exception {
        assertEquals(new Not(new TextTerm("access denied")), parse("-\"access denied\""));
    }

    @Test
    void wordsThatMerelyContainKeywordsAreText() throws Exception {
        assertEquals(and(new TextTerm("android"), new TextTerm("ORacle"), new TextTerm("notary")),
                parse("android ORacle notary"));
    }

    @Test
    void matchAllCanBeCombined() throws Exception {
        assertEquals(or(new MatchAll(), A), parse("* OR a"));
    }
}
