package io.auditlens.sample;

/**
 * Spreads N events over the window in order: event i falls at a random moment of its own slot, so
 * times never go backwards and the last event still lands inside the window.
 */
final class EventClock {

    private final long start;
    private final long span;
    private final long events;
    private long last = Long.MIN_VALUE;

    EventClock(SampleSettings settings) {
        this.start = settings.start().toEpochMilli();
        this.span = settings.span().toMillis();
        this.events = Math.max(1, settings.events());
    }

    long timeOf(long index, SampleRandom random) {
        long from = slotStart(index);
        long width = slotStart(index + 1) - from;
        long t = width > 0 ? from + random.nextLong(width) : from;
        last = Math.max(last, t);
        return last;
    }

    /** Keeps later events at or after {@code time}: events planned ahead (a burst) took the clock that far. */
    void atLeast(long time) {
        last = Math.max(last, time);
    }

    // span * index / events without overflowing for any allowed event count.
    private long slotStart(long index) {
        long whole = span / events;
        long rest = span % events;
        return start + whole * index + (rest * index) / events;
    }
}
