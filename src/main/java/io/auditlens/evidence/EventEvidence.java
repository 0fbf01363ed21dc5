package io.auditlens.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * The labels and note of one event, keyed by its content hash (32 hex digits, see
 * {@link io.auditlens.store.EventStore#hash(int)}).
 *
 * @param event  the event's content hash
 * @param labels its labels in the order they were put on
 * @param note   its note, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEvidence(String event, List<LabelMark> labels, EventNote note) {

    public EventEvidence {
        Objects.requireNonNull(event, "event");
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** Whether the event carries a label of this name, ignoring case. */
    public boolean hasLabel(String name) {
        return labels.stream().anyMatch(m -> m.label().equalsIgnoreCase(name.strip()));
    }

    /** Whether nothing is left to keep. */
    boolean isEmpty() {
        return labels.isEmpty() && note == null;
    }
}
