package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserErrorsTest {

    private static QuerySyntaxException error(String text) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(text), text);
    }

    private static void assertError(String text, int column, String expected) {
        QuerySyntaxException e = error(text);
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(expected, e.expected(), e.getMessage());
        assertTrue(e.getMessage().startsWith("column " + column + ": expected " + expected), e.getMessage());
    }

    @Test
    void messageNamesColumnAndExpectation() {
        assertEquals("column 12: expected a value after 'region:'", error("-ok region:").getMessage());
    }

    @Test
    void unclosedQuotePointsAtTheOpeningQuote() {
        assertError("a message:\"pull image", 11, "a closing '\"' for the quote opened here");
        assertError("\"abc", 1, "a closing '\"' for the quote opened here");
    }

    @Test
    void escapedQuoteDoesNotCloseAQuote() {
        assertError("x \"abc\\\"", 3, "a closing '\"' for the quote opened here");
    }

    @Test
    void unclosedParenthesisPointsAtIt() {
        assertError("a (b OR (c d)", 3, "')' to close this '('");
    }

    @Test
    void strayClosingParenthesis() {
        assertError("a b) c", 4, "a term, OR or the end of the query");
        assertError(")", 1, "a term, OR or the end of the query");
        assertError("(a))", 4, "a term, OR or the end of the query");
        assertTrue(error("a)").getMessage().contains("no matching '('"));
    }

    @Test
    void emptyParentheses() {
        assertError("a ()", 4, "a term after '('");
    }

    @Test
    void openingParenthesisAtTheEndPointsAtIt() {
        assertError("a (", 3, "a term after '('");
    }

    @Test
    void fieldWithoutValue() {
        assertError("region:", 8, "a value after 'region:'");
        assertError("(region:)", 9, "a value after 'region:'");
        assertError("Region: eu-de", 8, "a value after 'Region:'");
        assertTrue(error("Region: eu-de").getMessage().contains("no space after ':'"));
    }

    @Test
    void colonWithoutFieldName() {
        assertError("a :b", 3, "a field name before ':'");
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        QuerySyntaxException e = error("outcome:success colour:red");
        assertEquals(17, e.column());
        for (QueryField f : QueryField.values()) {
            assertTrue(e.expected().contains(f.queryName()), f + " missing from: " + e.expected());
        }
        assertTrue(e.expected().contains("after") && e.expected().contains("before"), e.expected());
        assertTrue(e.expected().contains("dotted JSON path"), e.expected());
        assertTrue(e.getMessage().contains("'colour' is not a field"), e.getMessage());
    }

    @Test
    void pastedDigestWithoutFieldIsAnUnknownFieldWithAHint() {
        QuerySyntaxException e = error("sha256:9f86d081");
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("digest:sha256:"), e.getMessage());
    }

    @Test
    void emptyJsonPathSegment() {
        assertError("requestData..method:x", 13, "a key name between the dots of JSON path 'requestData..method'");
        assertError("a .b:x", 3, "a key name between the dots of JSON path '.b'");
        assertError("target.:x", 8, "a key name between the dots of JSON path 'target.'");
    }

    @ParameterizedTest
    @CsvSource({
            "after:2026-13-01, 7",
            "after:2026-02-30, 7",
            "after:2026-3-4, 7",
            "after:yesterday, 7",
            "x before:2026-03-04T25:00, 10",
            "before:2026-03-04T12, 8",
            "before:2026-03-04T12:00:, 8",
            "before:2026-03-04T12:00:00+25:00, 8",
            "after:2026-03-04*, 7",
            "after:10000-01-01, 7",
            "after:0000-01-01T00:00+01:00, 7"})
    void badDatePointsAtTheValue(String text, int column) {
        QuerySyntaxException e = error(text);
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.expected().startsWith("an ISO date such as 2026-03-04"), e.expected());
    }

    @Test
    void badQuotedOrEmptyDatePointsAtTheQuote() {
        assertError("after:\"\"", 7,
                "an ISO date such as 2026-03-04 or a date-time such as 2026-03-04T12:00:00Z after 'after:'");
        assertEquals(8, error("before:\"soon\"").column());
    }

    @Test
    void orAtTheStart() {
        assertError("OR a", 1, "a term before 'OR'");
        assertError("or a", 1, "a term before 'or'");
    }

    @Test
    void orAtTheEndPointsAtTheOr() {
        assertError("a OR", 3, "a term after 'OR'");
        assertError("a b or   ", 5, "a term after 'or'");
    }

    @Test
    void orBeforeAClosingParenthesisPointsAtTheParenthesis() {
        assertError("(a OR) b", 6, "a term after 'OR'");
    }

    @Test
    void doubleOperators() {
        assertError("a OR OR b", 6, "a term after 'OR'");
        assertError("a AND OR b", 7, "a term after 'AND'");
    }

    @Test
    void andOrNotWithoutOperand() {
        assertError("AND a", 1, "a term before 'AND'");
        assertError("a AND", 3, "a term after 'AND'");
        assertError("a NOT", 3, "a term after 'NOT'");
        assertError("NOT OR a", 5, "a term after 'NOT'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-|1", "a -|3", "a - b|3", "a -\tb|3"})
    void loneDash(String text, int column) {
        assertError(text, column, "a term right after '-'");
    }

    @Test
    void dashBeforeClosingParenthesis() {
        assertError("(a -)", 5, "a term after '-'");
    }

    @Test
    void quoteInsideAWord() {
        assertError("ab\"c d\"", 3, "quotes around the whole value or phrase");
        assertError("region:eu\"de\"", 10, "quotes around the whole value or phrase");
        assertError("NOT\"a\"", 4, "quotes around the whole value or phrase");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"a\"b|4", "message:\"a\"b|12", "\"a\"\"b\"|4", "tag:\"\"x|7", "\"a\"*b|5"})
    void somethingGluedAfterAClosingQuote(String text, int column) {
        assertError(text, column, "a space, '(', ')' or the end of the query after the closing quote");
    }

    @Test
    void columnsCountFromOneAfterLeadingSpaces() {
        assertError("   OR", 4, "a term before 'OR'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"region:eu-de (a", "(((a))", "((a) OR (b)"})
    void everyUnclosedParenthesisIsReported(String text) {
        assertEquals("')' to close this '('", error(text).expected());
    }

    @Test
    void longUserTextIsShortenedInMessages() {
        String name = "x".repeat(500);
        QuerySyntaxException e = error(name + ":1");
        assertTrue(e.getMessage().length() < 700, e.getMessage());
        assertTrue(e.getMessage().contains("xxx..."), e.getMessage());
    }
}
