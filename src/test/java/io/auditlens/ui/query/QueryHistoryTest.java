package io.auditlens.ui.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueryHistoryTest {

    @Test
    void upAndDownBrowseAppliedQueriesAndComeBackToTheDraft() {
        QueryHistory history = new QueryHistory();
        history.add("region:eu-de");
        history.add("  ");
        history.add("outcome:failure");
        history.add("outcome:failure");

        assertEquals("outcome:failure", history.previous("draft"));
        assertEquals("region:eu-de", history.previous("ignored"));
        assertNull(history.previous("ignored"));
        assertEquals("outcome:failure", history.next());
        assertEquals("draft", history.next());
        assertNull(history.next());
        assertEquals(2, history.entries().size());
    }
}
