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
import java.util.List;

class DigestListTest {

    @TempDir
    static Path dir;

    private static EventStore store;

    @BeforeAll
    static void load() throws Exception {
        store = TestInputs.loadEvents(dir, DigestTimelineTest.events()).store();
    }

    @Test
    void everyDigestWithItsFigures() {
        DigestList list = DigestList.of(store, RowSet.all(store.size()));
        assertEquals(2, list.size());
        DigestSummary d1 = list.digests().get(0);
        assertEquals(DigestTimelineTest.D1, d1.digest());
        assertEquals("us.icr.io/team/app", d1.repository());
        assertEquals(List.of("1.0", "stable"), d1.tags());
        assertEquals(11, d1.events());
        assertEquals(EventTime.parse("2026-03-01T09:00:00Z"), d1.firstSeen());
        assertEquals(EventTime.parse("2026-03-06T13:00:00Z"), d1.lastSeen());
        assertEquals(List.of("eu-de", "us-south"), d1.regions());
        assertEquals("FAIL", d1.lastStatus());
        DigestSummary d2 = list.find(DigestTimelineTest.D2.toUpperCase()).orElseThrow();
        assertEquals(List.of("2"), d2.tags());
        assertEquals(null, d2.lastStatus());
        assertEquals(List.of("jp-tok"), d2.regions());
    }

    @Test
    void onlyTheRowsGivenCount() {
        BitSet pulls = new BitSet();
        for (int row = 0; row < store.size(); row++) {
            if (store.time(row) >= EventTime.parse("2026-03-05T00:00:00Z")) {
                pulls.set(row);
            }
        }
        DigestList list = DigestList.of(store, RowSet.of(pulls, store.size()));
        assertEquals(1, list.size());
        assertEquals(4, list.digests().get(0).events());
        assertEquals(List.of("1.0"), list.digests().get(0).tags());
        assertEquals(null, list.digests().get(0).lastStatus());
    }

    @Test
    void everyDigestsActivitySharesTheSlicesOfTheWholeSpan() {
        DigestActivity activity = DigestActivity.of(store, RowSet.all(store.size()), 5);

        assertEquals(EventTime.parse("2026-03-01T09:00:00Z"), activity.from());
        assertEquals(EventTime.parse("2026-03-06T13:00:00Z") + 1, activity.until());
        // Slices of about 24.8 hours from 1 March 09:00.
        assertArrayEquals(new int[] {2, 2, 2, 3, 2}, activity.counts(DigestTimelineTest.D1));
        assertArrayEquals(new int[] {0, 0, 1, 0, 0}, activity.counts(DigestTimelineTest.D2.toUpperCase()));
        assertArrayEquals(new int[0], activity.counts("sha256:" + "9".repeat(64)));
    }

    @Test
    void rowsWithoutDigestsHaveNoActivity() {
        DigestActivity activity = DigestActivity.of(store, RowSet.of(new BitSet(), store.size()), 3);

        assertEquals(0, activity.from());
        assertEquals(0, activity.until());
        assertArrayEquals(new int[0], activity.counts(DigestTimelineTest.D1));
        assertThrows(IllegalArgumentException.class, () -> DigestActivity.of(store, RowSet.all(store.size()), 0));
    }
}
