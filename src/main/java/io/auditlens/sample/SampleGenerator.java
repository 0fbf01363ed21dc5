package io.auditlens.sample;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Generates realistic, deterministic Container Registry activity events in time order: the same
 * settings always give the same events. Events are produced one at a time, never held together.
 */
public final class SampleGenerator implements Iterator<GeneratedEvent> {

    /* Every so many events a rare, not yet seen action or location is slipped in (see CoverageTracker). */
    private static final int COVERAGE_PERIOD = 20;
    private static final int ACTION_SLOT = 7;
    private static final int LOCATION_SLOT = 17;
    private static final double FAILURE_RATE = 0.05;

    private final SampleSettings settings;
    private final SampleRandom random;
    private final SampleWorld world;
    private final ActionScenarios scenarios;
    private final ActionMix mix = new ActionMix();
    private final CoverageTracker coverage;
    private final EventClock clock;
    private final Episodes episodes;
    /** The planned events of the episode under way, and when it started. */
    private final java.util.ArrayDeque<EpisodeStep> planned = new java.util.ArrayDeque<>();
    private long episodeStart;
    private long index;
    private long lastRenderedTime = Long.MIN_VALUE;

    public SampleGenerator(SampleSettings settings) {
        this.settings = settings;
        this.random = new SampleRandom(settings.seed());
        this.world = new SampleWorld(random);
        this.scenarios = new ActionScenarios(world, random);
        this.coverage = new CoverageTracker(world.account().locations());
        this.clock = new EventClock(settings);
        this.episodes = new Episodes(settings.events(), world, random);
    }

    @Override
    public boolean hasNext() {
        return index < settings.events();
    }

    @Override
    public GeneratedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (planned.isEmpty() && episodes.due(index)) {
            episodeStart = clock.timeOf(index, random);
            planned.addAll(episodes.next());
        }
        if (!planned.isEmpty()) {
            EpisodeStep step = planned.poll();
            long time = episodeStart + step.offsetMillis();
            clock.atLeast(time);
            world.images().expireTrash(time);
            EventDraft draft = new EventDraft(step.action(), time, step.failureCode(), null);
            step.build().accept(draft);
            return render(draft, step.action());
        }
        long time = clock.timeOf(index, random);
        world.images().expireTrash(time);

        RegistryLocation preferred = null;
        ActionInfo action = null;
        if (index % COVERAGE_PERIOD == ACTION_SLOT) {
            action = coverage.missingAction(this::possible);
        } else if (index % COVERAGE_PERIOD == LOCATION_SLOT) {
            preferred = coverage.missingLocation();
            if (preferred != null) {
                action = ActionCatalog.find("image.push").orElseThrow();
            }
        }
        if (action == null) {
            action = mix.pick(random, this::possible);
        }

        EventDraft draft = new EventDraft(action, time, random.chance(FAILURE_RATE) ? failureCode() : 0, preferred);
        scenarios.of(action).build().accept(draft);
        return render(draft, action);
    }

    private GeneratedEvent render(EventDraft draft, ActionInfo action) {
        long time = draft.time();
        SampleEvent event = draft.finish(random.uuid());
        coverage.saw(action, event.location());

        EventQuirks quirks = EventQuirks.pick(random, action.dataEvent());
        long rendered = quirks.timeStyle().representable(time);
        if (rendered < lastRenderedTime) {
            // Dropping a digit would put this event before the previous one; keep the output in order.
            quirks = quirks.withTimeStyle(TimeStyle.MILLIS_COMPACT_OFFSET);
            rendered = time;
        }
        lastRenderedTime = rendered;
        String eventTime = EventTimeText.format(rendered, quirks.timeStyle());
        return new GeneratedEvent(index++, rendered, event.location().code(), event.result().severity(),
                CadfEventJson.render(event, quirks, eventTime));
    }

    private boolean possible(ActionInfo action) {
        return scenarios.of(action).possible().test(world);
    }

    private int failureCode() {
        int r = random.nextInt(100);
        return r < 20 ? 401 : r < 55 ? 403 : r < 90 ? 404 : 500;
    }
}
