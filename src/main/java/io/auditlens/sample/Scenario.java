package io.auditlens.sample;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** How to build events of one action, and when the current state of the world allows one. */
record Scenario(Predicate<SampleWorld> possible, Consumer<EventDraft> build) {

    static Scenario always(Consumer<EventDraft> build) {
        return new Scenario(w -> true, build);
    }

    static Scenario withLiveImages(Consumer<EventDraft> build) {
        return new Scenario(w -> w.images().hasLive(), build);
    }
}
