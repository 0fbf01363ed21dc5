package io.auditlens.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.Digest;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.auditlens.sample.SampleFixtures.objectOrParsed;
import static io.auditlens.sample.SampleFixtures.shortAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Replays the events of a sample per digest and checks each digest's life makes sense. */
class SampleLifecycleTest {

    private enum State { LIVE, TRASHED }

    @Test
    void digestsArePushedBeforeAnythingElseHappensToThem() {
        LifecycleStats stats = replay(SampleFixtures.events(42, 20_000));
        assertTrue(stats.pushes > 300, "pushes " + stats.pushes);
        assertTrue(stats.pulls > 5000, "pulls " + stats.pulls);
        assertTrue(stats.deletes > 0 && stats.restores > 0, "deletes and restores happen");
    }

    @Property(tries = 5)
    void lifecyclesHoldForAnySeed(@ForAll long seed) {
        replay(SampleFixtures.events(seed, 5000));
    }

    @Test
    void aDigestIsPulledManyTimesAndByTagAndByDigest() {
        Map<String, Integer> pulls = new HashMap<>();
        boolean byDigest = false;
        for (ObjectNode e : SampleFixtures.events(42, 5000)) {
            if (shortAction(e).equals("image.pull") && e.path("target").has("id")) {
                pulls.merge(Digest.find(e.path("target").path("id").asText()), 1, Integer::sum);
                byDigest |= e.path("target").path("name").asText().contains("@sha256:");
            }
        }
        assertTrue(byDigest, "some pulls by digest");
        assertTrue(pulls.values().stream().anyMatch(n -> n >= 10), "popular images are pulled often");
    }

    /**
     * Every event naming a digest comes after that digest's push; pulls and other reads only touch
     * digests that are live (pushed, or restored from the trash, and not deleted since).
     */
    private static LifecycleStats replay(List<ObjectNode> events) {
        Map<String, State> state = new HashMap<>();
        LifecycleStats stats = new LifecycleStats();
        for (ObjectNode e : events) {
            String action = shortAction(e);
            boolean succeeded = !e.path("outcome").asText().equals("failure");
            if (action.equals("image.bulkdelete")) {
                if (succeeded) {
                    JsonNode images = objectOrParsed(e.get("requestData")).path("RequestParameters").path("images");
                    for (JsonNode ref : images) {
                        String digest = Digest.find(ref.asText());
                        assertEquals(State.LIVE, state.get(digest), "bulk delete of a live image: " + e);
                        state.put(digest, State.TRASHED);
                        stats.deletes++;
                    }
                }
                continue;
            }
            String digest = Digest.fromTarget(e.path("target").path("id").textValue(),
                    e.path("target").path("name").textValue());
            if (digest == null) {
                continue;
            }
            State now = state.get(digest);
            switch (action) {
                case "image.push" -> {
                    assertTrue(now == null, "a digest is pushed once: " + e);
                    if (succeeded) {
                        state.put(digest, State.LIVE);
                        stats.pushes++;
                    }
                }
                case "trash.restore" -> {
                    assertEquals(State.TRASHED, now, "restore of a trashed image: " + e);
                    if (succeeded) {
                        state.put(digest, State.LIVE);
                        stats.restores++;
                    }
                }
                case "image.delete" -> {
                    assertEquals(State.LIVE, now, "delete of a live image: " + e);
                    if (succeeded) {
                        state.put(digest, State.TRASHED);
                        stats.deletes++;
                    }
                }
                default -> {
                    assertNotNull(now, action + " before the digest was pushed: " + e);
                    if (now != State.LIVE) {
                        fail(action + " of a deleted image: " + e);
                    }
                    if (action.equals("image.pull")) {
                        stats.pulls++;
                    }
                }
            }
        }
        return stats;
    }

    private static final class LifecycleStats {
        int pushes;
        int pulls;
        int deletes;
        int restores;
    }
}
