package io.auditlens.query;

import io.auditlens.store.EventStore;
import io.auditlens.ingest.Loader;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryEvidenceTermsTest {

    @TempDir
    Path dir;

    /** Row 0: Evidence + note; row 2: Benign; row 3: note only; rows 1 and 4: nothing. */
    private static final RowAnnotations MARKS = new RowAnnotations() {
        private final Map<Integer, List<String>> labels = Map.of(0, List.of("Evidence"), 2, List.of("Benign"));
        private final Map<Integer, String> notes = Map.of(0, "Pulled from a NEW address", 3, "asked the team");

        @Override
        public int[] annotatedRows() {
            return new int[] {0, 2, 3};
        }

        @Override
        public List<String> labels(int row) {
            return labels.getOrDefault(row, List.of());
        }

        @Override
        public String note(int row) {
            return notes.get(row);
        }
    };

    @Test
    void labelNoteAndHasTermsMatchTheAnnotations() throws Exception {
        assertRows("label:evidence", 0);
        assertRows("label:*", 0, 2);
        assertRows("label:ben*", 2);
        assertRows("label:\"\"", 1, 3, 4);
        assertRows("-label:*", 1, 3, 4);
        assertRows("note:\"new address\"", 0);
        assertRows("note:team", 3);
        assertRows("has:note", 0, 3);
        assertRows("has:label", 0, 2);
        assertRows("has:note -label:Evidence", 3);
        assertRows("label:Evidence OR note:team", 0, 3);
        assertRows("label:Evidence image.pull", 0);
    }

    @Test
    void withoutACaseNothingIsLabelled() throws Exception {
        SelectionEngine engine = engine();
        assertEquals(0, engine.evaluate(Selection.of("label:*")).count());
        assertEquals(5, engine.evaluate(Selection.of("-has:note")).count());
    }

    @Test
    void hasTakesNoteOrLabelAndTermsPrintBackAsTyped() throws Exception {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("has:colour"));
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("note or label after 'has:'"), e.getMessage());
        for (String q : List.of("label:Evidence", "label:*", "note:\"asked the team\"", "has:note", "-has:label")) {
            assertEquals(q, QueryParser.parse(q).toQueryText());
        }
    }

    private void assertRows(String query, int... expected) throws Exception {
        SelectionResult result = engine().evaluate(Selection.of(query), MARKS);
        int[] rows = result.sortedRows(EventField.TIME, false);
        Arrays.sort(rows);
        assertArrayEquals(expected, rows, query);
    }

    private SelectionEngine engine() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(EventJson.at("2026-03-04T12:00:0" + i + "Z", "container-registry.image.pull")
                    .message("event " + i).json());
        }
        EventStore store = new Loader().load(List.of(TestInputs.ndjson(dir, "e.ndjson", lines))).store();
        return new SelectionEngine(store);
    }
}
