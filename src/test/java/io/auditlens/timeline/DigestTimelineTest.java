package io.auditlens.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.event.EventTime;
import io.auditlens.query.RowSet;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class DigestTimelineTest {

    static final String D1 = "sha256:" + "1111111111111111".repeat(4);
    static final String D2 = "sha256:" + "2222222222222222".repeat(4);

    @TempDir
    static Path dir;

    static EventStore store;

    /** D1's life, loaded out of time order; D2 only pulled. Shared with {@link DigestListTest}. */
    static List<EventJson> events() {
        return List.of(
                EventJson.at("2026-03-04T12:00:00Z", "image.pull").outcome("success").region("us-south")
                        .image("us.icr.io/team/app:1.0", D1),
                EventJson.at("2026-03-01T09:00:00Z", "image.push").outcome("failure").region("us-south")
                        .image("us.icr.io/team/app:1.0", D1),
                EventJson.at("2026-03-01T10:00:00Z", "image.push").outcome("success").region("us-south")
                        .image("us.icr.io/team/app:1.0", D1),
                EventJson.at("2026-03-02T10:00:00Z", "image.tag").outcome("success").region("us-south")
                        .image("us.icr.io/team/app:stable", D1),
                EventJson.at("2026-03-02T11:00:00Z", "image-vulnerability-status.read").outcome("success")
                        .region("us-south").image("us.icr.io/team/app@" + D1, D1).status("OK"),
                EventJson.at("2026-03-03T11:00:00Z", "image-vulnerability-status.read").outcome("success")
                        .region("us-south").image("us.icr.io/team/app@" + D1, D1).statusInString("OK"),
                EventJson.at("2026-03-04T11:00:00Z", "image-vulnerability-report.read").outcome("success")
                        .region("us-south").image("us.icr.io/team/app@" + D1, D1).status("FAIL"),
                EventJson.at("2026-03-05T11:00:00Z", "signature.write").outcome("success").region("us-south")
                        .image("us.icr.io/team/app:1.0", D1),
                EventJson.at("2026-03-05T12:00:00Z", "image.pull").outcome("failure").region("eu-de")
                        .image("de.icr.io/team/app:1.0", D1),
                EventJson.at("2026-03-06T12:00:00Z", "image.delete").outcome("success").region("us-south")
                        .image("us.icr.io/team/app@" + D1, D1),
                EventJson.at("2026-03-06T13:00:00Z", "namespace.list").outcome("success").region("us-south")
                        .image("us.icr.io/team/app@" + D1, D1),
                EventJson.at("2026-03-03T12:00:00Z", "image.pull").outcome("success").region("jp-tok")
                        .image("jp.icr.io/ops/web:2", D2));
    }

    @BeforeAll
    static void load() throws Exception {
        store = TestInputs.loadEvents(dir, events()).store();
    }

    private static long t(String iso) {
        return EventTime.parse(iso);
    }

    @Test
    void eventsAreInTimeOrderInTheirLanes() {
        DigestTimeline tl = DigestTimeline.of(store, D1.toUpperCase(), RowSet.all(store.size()));
        assertEquals(D1, tl.digest());
        assertEquals(11, tl.size());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            times.add(tl.time(i));
        }
        assertEquals(times.stream().sorted().toList(), times);
        assertEquals(t("2026-03-01T09:00:00Z"), tl.firstSeen());
        assertEquals(t("2026-03-06T13:00:00Z"), tl.lastSeen());
        assertEquals(5, tl.count(TimelineLane.IMAGE_DATA));
        assertEquals(1, tl.count(TimelineLane.IMAGE_MANAGEMENT));
        assertEquals(3, tl.count(TimelineLane.VULNERABILITY));
        assertEquals(1, tl.count(TimelineLane.SIGNATURES));
        assertEquals(1, tl.count(TimelineLane.OTHER));
        assertEquals(TimelineLane.SIGNATURES, tl.lane(7));
    }

    @Test
    void lifecycleMomentsCountOnlySuccesses() {
        DigestTimeline tl = DigestTimeline.of(store, D1, RowSet.all(store.size()));
        assertEquals(t("2026-03-01T10:00:00Z"), tl.firstPush().orElseThrow().time());
        assertEquals(t("2026-03-04T12:00:00Z"), tl.lastPull().orElseThrow().time());
        assertEquals(t("2026-03-06T12:00:00Z"), tl.deletion().orElseThrow().time());
        assertEquals(List.of("1.0", "stable"), tl.tags());
        assertEquals(List.of("us.icr.io/team/app", "de.icr.io/team/app"), tl.repositories());
    }

    @Test
    void statusChangesSkipRepeats() {
        DigestTimeline tl = DigestTimeline.of(store, D1, RowSet.all(store.size()));
        List<StatusChange> changes = tl.statusChanges();
        assertEquals(2, changes.size());
        assertEquals(null, changes.get(0).from());
        assertEquals("OK", changes.get(0).to());
        assertEquals("OK", changes.get(1).from());
        assertEquals("FAIL", changes.get(1).to());
        assertEquals(t("2026-03-04T11:00:00Z"), changes.get(1).time());
    }

    @Test
    void scopeLimitsTheEvents() {
        java.util.BitSet early = new java.util.BitSet();
        for (int row = 0; row < store.size(); row++) {
            if (store.time(row) < t("2026-03-02T00:00:00Z")) {
                early.set(row);
            }
        }
        DigestTimeline tl = DigestTimeline.of(store, D1, RowSet.of(early, store.size()));
        assertEquals(2, tl.size());
        assertFalse(tl.lastPull().isPresent());
    }

    @Test
    void anUnknownDigestHasNoEvents() {
        DigestTimeline tl = DigestTimeline.of(store, "sha256:" + "3".repeat(64), RowSet.all(store.size()));
        assertTrue(tl.isEmpty());
        assertTrue(tl.statusChanges().isEmpty());
        assertTrue(tl.tags().isEmpty());
        assertTrue(DigestTimeline.of(store, "not a digest", RowSet.all(store.size())).isEmpty());
    }
}
