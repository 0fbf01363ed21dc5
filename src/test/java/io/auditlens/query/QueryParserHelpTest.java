package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The help popover's content must itself be valid query text. */
class QueryParserHelpTest {

    @Test
    void everyExampleQueryParses() throws Exception {
        assertTrue(QueryExamples.all().size() >= 8 && QueryExamples.all().size() <= 12);
        for (QueryExamples.Example example : QueryExamples.all()) {
            QueryNode tree = QueryParser.parse(example.query());
            assertFalse(tree instanceof QueryNode.MatchAll, example.query());
            assertFalse(example.meaning().isBlank(), example.query());
        }
    }

    @ParameterizedTest
    @EnumSource(QueryField.class)
    void everyFieldHasHelpAndAnExampleThatParses(QueryField field) throws Exception {
        assertFalse(field.description().isBlank());
        QueryNode.FieldTerm term = assertInstanceOf(QueryNode.FieldTerm.class, QueryParser.parse(field.exampleQuery()));
        assertEquals(field, term.field());
        assertEquals(field.exampleValue(), term.value());
    }

    @ParameterizedTest
    @EnumSource(TimeBoundField.class)
    void everyTimeBoundHasHelpAndAnExampleThatParses(TimeBoundField bound) throws Exception {
        assertFalse(bound.description().isBlank());
        QueryNode.TimeBound term = assertInstanceOf(QueryNode.TimeBound.class, QueryParser.parse(bound.exampleQuery()));
        assertEquals(bound.isAfter(), term.after());
    }

    @Test
    void queryNamesAndAliasesAreUniqueLowerCaseAndUndotted() {
        Set<String> names = new HashSet<>();
        for (QueryField f : QueryField.values()) {
            assertTrue(names.add(f.queryName()), f.queryName());
            f.aliases().forEach(a -> assertTrue(names.add(a), a));
        }
        for (TimeBoundField f : TimeBoundField.values()) {
            assertTrue(names.add(f.queryName()), f.queryName());
        }
        for (String name : names) {
            assertEquals(name.toLowerCase(), name);
            assertFalse(name.contains(".") || name.contains(":"), name);
            assertFalse(QueryText.isKeyword(name), name);
        }
    }
}
