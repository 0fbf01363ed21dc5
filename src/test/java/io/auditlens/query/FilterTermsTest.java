package io.auditlens.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterTermsTest {

    @Test
    void fieldTermsAreQuotedAsNeededAndParseBack() throws Exception {
        QueryNode term = FilterTerms.forField(EventField.INITIATOR, "Ana Lopez").orElseThrow();
        assertEquals("initiator:\"Ana Lopez\"", QueryPrinter.print(term));
        assertEquals(term, QueryParser.parse(QueryPrinter.print(term)));
        assertEquals("outcome:failure", QueryPrinter.print(FilterTerms.forField(EventField.OUTCOME, "failure")
                .orElseThrow()));
        assertEquals("tag:\"\"", QueryPrinter.print(FilterTerms.forField(EventField.TAG, "").orElseThrow()));
        assertTrue(FilterTerms.forField(EventField.TIME, "x").isEmpty());
    }

    @Test
    void pathTermsDropArrayIndexes() {
        QueryNode term = FilterTerms.forPath("requestData.items[2].name", "web").orElseThrow();
        assertEquals("requestData.items.name:web", QueryPrinter.print(term));
        assertTrue(FilterTerms.forPath("requestData", "x").isEmpty());
    }

    @Test
    void facetValuesGiveTheTermOfTheirFieldOrPath() {
        assertEquals("region:eu-de", QueryPrinter.print(FilterTerms.forFacet(Facet.REGION, "eu-de").orElseThrow()));
        assertEquals("action:container-registry.image.pull", QueryPrinter.print(
                FilterTerms.forFacet(Facet.ACTION, "container-registry.image.pull").orElseThrow()));
        assertEquals("initiator.host.agent:\"curl 8.5\"", QueryPrinter.print(FilterTerms.forFacet(
                PathFacet.parse("initiator.host.agent").orElseThrow(), "curl 8.5").orElseThrow()));
    }

    @Test
    void addingNarrowsTheWholeQueryAndExcludingNegates() {
        QueryNode fail = FilterTerms.forField(EventField.OUTCOME, "failure").orElseThrow();
        assertEquals("outcome:failure", FilterTerms.added("", fail, false));
        assertEquals("image.pull -outcome:failure", FilterTerms.added("image.pull ", fail, true));
        assertEquals("(a OR b) outcome:failure", FilterTerms.added("a OR b", fail, false));
        assertEquals("a OR outcome:failure", FilterTerms.added("a OR", fail, false));
    }
}
