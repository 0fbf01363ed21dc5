package io.auditlens.sample;

import java.time.Duration;
import java.time.Instant;

/** What to generate: the random seed, how many events, and the time window they spread over. */
public record SampleSettings(long seed, long events, Instant start, Duration span) {

    /** Start of the default window. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");
    /** Length of the default window: about one quarter. */
    public static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    /** Upper bound on events, which keeps the clock's integer arithmetic exact. */
    public static final long MAX_EVENTS = 2_000_000_000L;

    public SampleSettings {
        if (events < 0 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("events must be between 0 and " + MAX_EVENTS + ": " + events);
        }
        if (start == null || span == null || span.toMillis() <= 0) {
            throw new IllegalArgumentException("the time window needs a start and a positive span");
        }
    }

    /** The default 90-day window starting 2026-01-05. */
    public static SampleSettings of(long seed, long events) {
        return new SampleSettings(seed, events, DEFAULT_START, DEFAULT_SPAN);
    }
}
