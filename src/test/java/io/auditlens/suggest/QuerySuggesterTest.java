package io.auditlens.suggest;

import io.auditlens.fields.GeneratedData;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.QueryField;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.TimeBoundField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the query bar suggests for a text and caret, and that accepting a value gives a query counting as shown. */
class QuerySuggesterTest {

    @TempDir
    static Path dir;

    private static GeneratedData data;
    private static SelectionEngine engine;
    private static QuerySuggester suggester;

    @BeforeAll
    static void load() throws Exception {
        data = GeneratedData.of(dir, 2_000);
        engine = new SelectionEngine(data.store(), data.raw());
        suggester = new QuerySuggester(f -> data.backend().countsOfAll(f).or(() -> data.fields().values(f)),
                () -> data.fields().paths());
    }

    @Test
    void aFieldNameIsOfferedWithItsHelpAndAcceptingItAddsTheColon() {
        Suggestions s = suggester.suggest("act", 3, false);
        Suggestion first = s.items().get(0);
        assertEquals(Suggestion.Kind.FIELD, first.kind());
        assertEquals("action", first.label());
        assertEquals(QueryField.ACTION.description(), first.help());
        assertEquals(new Suggestions.Accepted("action:", 7), s.accept("act", first));
        assertEquals("after", suggester.suggest("outcome:success af", 19, false).items().get(0).label());
        assertEquals(TimeBoundField.AFTER.description(), suggester.suggest("af", 2, false).items().get(0).help());
        assertEquals("repo", suggester.suggest("repos", 5, false).items().get(0).label(), "aliases find their field");
    }

    @Test
    void anEmptyTermGetsNothingUnlessAskedThenEveryField() {
        assertTrue(suggester.suggest("", 0, false).items().isEmpty());
        assertTrue(suggester.suggest("outcome:success ", 16, false).items().isEmpty());
        assertEquals(QueryField.values().length + TimeBoundField.values().length,
                suggester.suggest("", 0, true).items().size());
    }

    @Test
    void valuesCountAsTheFacetCountsAndTheAcceptedQueryMatchesThatMany() throws Exception {
        for (QueryField field : QueryField.values()) {
            Optional<Facet> facet = QuerySuggester.facetOf(field);
            if (facet.isEmpty()) {
                continue;
            }
            String text = field.queryName() + ":";
            Suggestions s = suggester.suggest(text, text.length(), false);
            FacetCounts counts = engine.evaluate(Selection.all()).facet(facet.get());
            assertEquals(Math.min(QuerySuggester.LIMIT, counts.entries().size()), s.items().size(), text);
            for (int i = 0; i < Math.min(5, s.items().size()); i++) {
                Suggestion v = s.items().get(i);
                assertEquals(counts.entries().get(i).count(), v.count(), text + " " + v.label());
                String query = s.accept(text, v).text();
                assertEquals(v.count(), engine.evaluate(Selection.of(query)).count(), query);
            }
        }
    }

    @Test
    void valuesAreFoundByPrefixThenSubstringAndQuotedAsNeeded() throws Exception {
        Suggestions pulls = suggester.suggest("action:image.pu", 15, false);
        assertEquals("image.pull", pulls.items().get(0).label());
        assertEquals("action:image.pull", pulls.items().get(0).replacement());
        Suggestions messages = suggester.suggest("message:\"Container Registry: pu", 32, false);
        Suggestion m = messages.items().get(0);
        assertTrue(m.label().startsWith("Container Registry: pu"), m.label());
        String query = messages.accept("message:\"Container Registry: pu", m).text();
        assertTrue(query.startsWith("message:\"Container Registry: pu"), query);
        assertEquals(m.count(), engine.evaluate(Selection.of(query)).count());
        assertFalse(suggester.suggest("namespace:zzz-none", 18, false).items().size() > 0);
    }

    @Test
    void acceptingReplacesOnlyTheTermAtTheCaretKeepingItsNegation() {
        String text = "action:image.pull -outc region:eu-de";
        Suggestions s = suggester.suggest(text, 23, false);
        assertEquals(18, s.from());
        assertEquals(23, s.to());
        Suggestions.Accepted field = s.accept(text, s.items().get(0));
        assertEquals("action:image.pull -outcome: region:eu-de", field.text());
        Suggestions values = suggester.suggest(field.text(), field.caret(), false);
        Suggestion failure = values.items().stream().filter(v -> v.label().equals("failure")).findFirst().orElseThrow();
        assertEquals("action:image.pull -outcome:failure region:eu-de", values.accept(field.text(), failure).text());
        Suggestions inGroup = suggester.suggest("(sev OR x)", 4, false);
        assertEquals(1, inGroup.from());
        assertEquals("severity", inGroup.items().get(0).label());
    }

    @Test
    void jsonPathsFollowTheFieldsAndTheirValuesCountAsTheirPathFacet() throws Exception {
        Suggestions byPrefix = suggester.suggest("initiator.ho", 12, false);
        assertTrue(byPrefix.items().stream().allMatch(i -> i.kind() == Suggestion.Kind.PATH));
        assertTrue(byPrefix.items().stream().anyMatch(i -> i.label().equals("initiator.host.agent")));
        Suggestions bySegment = suggester.suggest("agent", 5, false);
        assertTrue(bySegment.items().stream().anyMatch(i -> i.label().equals("initiator.host.agent")));
        String text = "initiator.host.agent:";
        Suggestions values = suggester.suggest(text, text.length(), false);
        FacetCounts counts = engine.evaluate(Selection.all()).facet(Facet.byKey("initiator.host.agent").orElseThrow());
        assertEquals(counts.entries().get(0).count(), values.items().get(0).count());
        String query = values.accept(text, values.items().get(0)).text();
        assertEquals(values.items().get(0).count(), engine.evaluate(Selection.of(query)).count(), query);
    }

    @Test
    void hasOffersNoteAndLabelAndPhrasesGetNothing() {
        assertEquals(List.of("note"), suggester.suggest("has:n", 5, false).items().stream().map(Suggestion::label).toList());
        assertTrue(suggester.suggest("\"act", 4, false).items().isEmpty());
        assertTrue(suggester.suggest("correlation:", 12, false).items().isEmpty());
    }

    @Test
    void theTermAtTheCaretSpansQuotesAndStopsAtSpacesAndParentheses() {
        String text = "message:\"a b\\\" c\" ok";
        TermAtCaret t = TermAtCaret.of(text, text.indexOf('b') + 1);
        assertEquals(0, t.from());
        assertEquals(text.indexOf(" ok"), t.to());
        assertEquals("message", t.name());
        assertEquals("a b", t.value());
        assertEquals(new TermAtCaret(2, 9, true, "tag", "1."), TermAtCaret.of("x -tag:1.)", 9));
    }
}
