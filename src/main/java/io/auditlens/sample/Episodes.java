package io.auditlens.sample;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Situations the random mix almost never produces but an auditor's rules look for, planned a few times over a
 * large enough sample, each with its near-miss: a burst of failures by one caller (and nine failures in ten
 * minutes, one short of the failure-burst rule), a burst of denied requests from one address, and a FAIL read
 * followed by an OK read before the pull (no pull-after-fail). Deterministic like the rest of the generator.
 */
final class Episodes {

    /** Samples smaller than this get no episodes, so small test samples stay purely random. */
    static final long MIN_EVENTS = 2000;
    private static final int KINDS = 4;
    private static final int ROUNDS = 3;

    private final long events;
    private final SampleWorld world;
    private final SampleRandom random;
    private final ImageDataScenarios data;
    private final VulnerabilityScenarios vulnerability;
    private int started;

    Episodes(long events, SampleWorld world, SampleRandom random) {
        this.events = events;
        this.world = world;
        this.random = random;
        this.data = new ImageDataScenarios(world, random);
        this.vulnerability = new VulnerabilityScenarios(world, random);
    }

    /** Whether an episode is due at this event index (and the world has images to act on). */
    boolean due(long index) {
        int planned = events < MIN_EVENTS ? 0 : KINDS * ROUNDS;
        return started < planned && index >= events * (started + 1) / (planned + 1) && world.images().hasLive();
    }

    /** The steps of the next episode. */
    List<EpisodeStep> next() {
        int kind = started++ % KINDS;
        return switch (kind) {
            case 0 -> failures(12, 30_000, 404);
            case 1 -> failures(9, 65_000, 404);
            case 2 -> denied(24, 110_000);
            default -> failThenOkThenPull();
        };
    }

    /** One caller's pulls of tags that do not exist, {@code gap} apart: a broken pipeline, or someone probing. */
    private List<EpisodeStep> failures(int count, long gap, int code) {
        ActionInfo pull = action("image.pull");
        Actor[] who = new Actor[1];
        List<EpisodeStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new EpisodeStep(pull, i * gap, code, d -> sameCaller(d, who, data::pull)));
        }
        return steps;
    }

    /** Requests from one address answered 401 and 403 in turn: a client with a revoked key retrying. */
    private List<EpisodeStep> denied(int count, long gap) {
        ActionInfo pull = action("image.pull");
        Actor[] who = new Actor[1];
        List<EpisodeStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new EpisodeStep(pull, i * gap, i % 2 == 0 ? 401 : 403, d -> sameCaller(d, who, data::pull)));
        }
        return steps;
    }

    /** A digest read as FAIL, then as OK (fixed, or exempted), then pulled: the near-miss of pull-after-fail. */
    private List<EpisodeStep> failThenOkThenPull() {
        StoredImage image = world.images().pickRecent(random);
        return List.of(
                new EpisodeStep(action("image-vulnerability-status.read"), 0, 0,
                        d -> vulnerability.imageStatusRead(d, image, VulnerabilityStatus.FAIL)),
                new EpisodeStep(action("image-vulnerability-report.read"), 3_600_000, 0,
                        d -> vulnerability.imageReportRead(d, image, VulnerabilityStatus.OK)),
                new EpisodeStep(action("image.pull"), 7_200_000, 0, d -> data.pull(d, image)));
    }

    /** Builds the event as the scenario would, then gives it the caller (and address) of the episode's first event. */
    private static void sameCaller(EventDraft d, Actor[] who, java.util.function.Consumer<EventDraft> build) {
        build.accept(d);
        if (who[0] == null) {
            who[0] = d.actor();
        } else {
            d.by(who[0]);
        }
    }

    private static ActionInfo action(String shortName) {
        return ActionCatalog.find(shortName).orElseThrow();
    }
}
