package io.auditlens.sample;

import io.auditlens.event.ActionInfo;

import java.util.function.Consumer;

/** One planned event of an episode: its action, when after the episode's start, how it fails (0: it succeeds). */
record EpisodeStep(ActionInfo action, long offsetMillis, int failureCode, Consumer<EventDraft> build) {
}
