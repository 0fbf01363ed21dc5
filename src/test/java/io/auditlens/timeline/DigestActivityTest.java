package io.auditlens.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.auditlens.event.EventTime;
import io.auditlens.query.RowSet;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.BitSet;

class DigestActivityTest {

    @TempDir
    static Path dir;

    private static EventStore store;

    @BeforeAll
    static void load() throws Exception {
        store = TestInputs.loadEvents(dir, DigestTimelineTest.events()).store();
    }

    @Test
    void everyDigestSharesTheSlicesOfTheWholeSpan() {
        DigestActivity activity = DigestActivity.of(store, RowSet.all(store.size()), 5);

        assertEquals(EventTime.parse("2026-03-01T09:00:00Z"), activity.from());
        assertEquals(EventTime.parse("2026-03-06T13:00:00Z") + 1, activity.until());
        // Slices of about 24.8 hours from 1 March 09:00.
        assertArrayEquals(new int[] {2, 2, 2, 3, 2}, activity.counts(DigestTimelineTest.D1));
        assertArrayEquals(new int[] {0, 0, 1, 0, 0}, activity.counts(DigestTimelineTest.D2.toUpperCase()));
        assertArrayEquals(new int[0], activity.counts("sha256:" + "9".repeat(64)));
    }

    @Test
    void rowsWithoutDigestsGiveNoSpan() {
        DigestActivity activity = DigestActivity.of(store, RowSet.of(new BitSet(), store.size()), 3);

        assertEquals(0, activity.from());
        assertEquals(0, activity.until());
        assertArrayEquals(new int[0], activity.counts(DigestTimelineTest.D1));
    }

    @Test
    void aSliceCountIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> DigestActivity.of(store, RowSet.all(store.size()), 0));
    }
}
