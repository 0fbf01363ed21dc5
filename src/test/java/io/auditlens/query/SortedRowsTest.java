package io.auditlens.query;

import io.auditlens.task.CancelSignal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class SortedRowsTest {

    @TempDir
    static Path dir;

    private static SelectionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        List<EventJson> events = List.of(
                EventJson.at("2026-03-04T12:00:03Z", "image.pull").reasonCode(403).initiator("bob", null)
                        .correlationId("b0000000-0000-0000-0000-000000000001"),
                EventJson.at("2026-03-04T12:00:01Z", "image.push").reasonCode(50).initiator("Alice", null)
                        .correlationId("zeta"),
                EventJson.at("2026-03-04T12:00:02Z", "image.pull").reasonCode(200).initiator("alice", null)
                        .correlationId("0a000000-0000-0000-0000-000000000000"),
                EventJson.at("2026-03-04T12:00:00Z", "namespace.list"),
                EventJson.at("2026-03-04T12:00:01Z", "image.pull").initiator("Carol", null)
                        .correlationId("abc"));
        engine = new SelectionEngine(TestInputs.loadEvents(dir, events).store());
    }

    private static List<String> texts(EventField field, int[] rows) {
        EventStore store = engine.store();
        List<String> out = new ArrayList<>();
        for (int row : rows) {
            out.add(field.text(store, row));
        }
        return out;
    }

    @Test
    void byTimeWithTiesInLoadOrder() {
        SelectionResult all = engine.evaluate(Selection.all());
        assertArrayEquals(new int[] {3, 1, 4, 2, 0}, all.sortedRows(EventField.TIME, false));
        assertArrayEquals(new int[] {0, 2, 4, 1, 3}, all.sortedRows(EventField.TIME, true));
    }

    @Test
    void textIgnoresCaseThenSpellingAndNoValueComesLast() {
        int[] rows = engine.evaluate(Selection.all()).sortedRows(EventField.INITIATOR, false);
        assertEquals(java.util.Arrays.asList("Alice", "alice", "bob", "Carol", null), texts(EventField.INITIATOR, rows));
    }

    @Test
    void wholeNumbersSortByValue() {
        int[] rows = engine.evaluate(Selection.all()).sortedRows(EventField.REASON, false);
        assertEquals(java.util.Arrays.asList("50", "200", "403", null, null), texts(EventField.REASON, rows));
    }

    @Test
    void equalValuesAreOrderedByTime() throws Exception {
        int[] rows = engine.evaluate(Selection.of("action:image.pull")).sortedRows(EventField.ACTION, false);
        assertArrayEquals(new int[] {4, 2, 0}, rows);
    }

    @Test
    void derivedFieldsSortByTheirValue() {
        int[] rows = engine.evaluate(Selection.all()).sortedRows(EventField.CATEGORY, false);
        assertEquals(List.of("image-data", "image-data", "image-data", "image-data", "namespace"),
                texts(EventField.CATEGORY, rows));
    }

    @Test
    void preparedOrdersGiveTheSameRowsAndPreparingCanBeCancelled() {
        SelectionEngine fresh = new SelectionEngine(engine.store());
        fresh.prepare(List.of(EventField.values()), CancelSignal.never());
        for (EventField f : EventField.values()) {
            assertArrayEquals(engine.evaluate(Selection.all()).sortedRows(f, false),
                    fresh.evaluate(Selection.all()).sortedRows(f, false), f.key());
        }
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new SelectionEngine(engine.store()).prepare(List.of(EventField.MESSAGE), cancel));
    }

    @Test
    void correlationIdsSortAsTextAcrossUuidsAndOtherIds() {
        int[] rows = engine.evaluate(Selection.all()).sortedRows(EventField.CORRELATION, false);
        assertEquals(java.util.Arrays.asList("0a000000-0000-0000-0000-000000000000", "abc",
                "b0000000-0000-0000-0000-000000000001", "zeta", null), texts(EventField.CORRELATION, rows));
    }
}
