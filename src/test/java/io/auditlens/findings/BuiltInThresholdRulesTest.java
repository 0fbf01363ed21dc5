package io.auditlens.findings;

import io.auditlens.testdata.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in threshold rules: bursts at the threshold fire, one event fewer or a wider spread does not. */
class BuiltInThresholdRulesTest {

    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private final RuleFixture f = new RuleFixture();

    /** {@code count} events named prefix0.., {@code gapSeconds} apart from {@code offsetMinutes} after START. */
    private List<EventJson> burst(String prefix, int count, long gapSeconds, long offsetMinutes) {
        List<EventJson> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String time = START.plusSeconds(offsetMinutes * 60 + i * gapSeconds).toString().replace("Z", ".000Z");
            out.add(f.add(prefix + i, time, "image.pull"));
        }
        return out;
    }

    private static String names(String prefix, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ", ").append(prefix).append(i);
        }
        return out.toString();
    }

    @Test
    void failureBurstIsTenFailuresOfOneInitiatorWithinTenMinutes() throws Exception {
        burst("ana", 10, 60, 0).forEach(e -> e.outcome("failure").initiator("ana@example.com", null));
        // Near-miss: nine failures in ten minutes.
        burst("bob", 9, 60, 0).forEach(e -> e.outcome("failure").initiator("bob@example.com", null));
        // Near-miss: ten failures spread over 10.5 minutes.
        burst("carl", 10, 70, 0).forEach(e -> e.outcome("failure").initiator("carl@example.com", null));
        // Eleven in a row: two overlapping windows, one finding.
        burst("dana", 11, 60, 120).forEach(e -> e.outcome("failure").initiator("dana@example.com", null));
        // Successes do not count.
        burst("eve", 12, 10, 0).forEach(e -> e.outcome("success").initiator("eve@example.com", null));

        assertEquals(List.of("ana@example.com: " + names("ana", 10), "dana@example.com: " + names("dana", 11)),
                f.hits(dir, "failure-burst"));
    }

    @Test
    void failureBurstKeepsBurstsApartWhenTheyShareNoEvent() throws Exception {
        burst("a", 10, 30, 0).forEach(e -> e.outcome("failure").initiator("ana@example.com", null));
        burst("b", 10, 30, 20).forEach(e -> e.outcome("failure").initiator("ana@example.com", null));

        assertEquals(List.of("ana@example.com: " + names("a", 10), "ana@example.com: " + names("b", 10)),
                f.hits(dir, "failure-burst"));
    }

    @Test
    void deniedBurstFromIpIsTwentyOf401Or403FromOneAddressWithinAnHour() throws Exception {
        burst("x", 20, 180, 0).forEach(e -> e.outcome("failure").reasonCode(403).ip("192.0.2.9"));
        // Near-misses: 19 denials; 20 "not found" answers.
        burst("y", 19, 60, 0).forEach(e -> e.outcome("failure").reasonCode(401).ip("192.0.2.8"));
        burst("z", 20, 60, 0).forEach(e -> e.outcome("failure").reasonCode(404).ip("192.0.2.7"));
        // 401 and 403 mixed count together.
        List<EventJson> mixed = burst("m", 20, 60, 0);
        for (int i = 0; i < mixed.size(); i++) {
            mixed.get(i).outcome("failure").reasonCode(i % 2 == 0 ? 401 : 403).ip("192.0.2.6");
        }

        assertEquals(List.of("192.0.2.9: " + names("x", 20), "192.0.2.6: " + names("m", 20)), // same start: load order
                f.hits(dir, "denied-burst-from-ip"));
    }
}
