package io.auditlens.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What a case file ({@code *.alcase}) holds: {@code {"auditlensCase": 1, "name": ..., "inputs": [...],
 * "labels": [...], "events": [...], "selection": {...}, "history": [...]}}. {@code labels} lists the user's own
 * labels (the built-ins are in every case); {@code events} the labels and notes by event hash.
 */
@JsonPropertyOrder({"auditlensCase", "name", "inputs", "labels", "events", "selection", "history"})
public record CaseDocument(@JsonProperty("auditlensCase") Integer format, String name, List<CaseInput> inputs,
                           List<Label> labels, List<EventEvidence> events, CaseSelection selection,
                           List<HistoryEntry> history) {

    /** The format this version writes. */
    public static final int FORMAT = 1;

    public CaseDocument {
        format = format == null ? FORMAT : format;
        name = name == null ? "" : name;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        labels = labels == null ? List.of() : List.copyOf(labels);
        events = events == null ? List.of() : List.copyOf(events);
        selection = selection == null ? CaseSelection.all() : selection;
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A new, empty case of this name. */
    public static CaseDocument named(String name) {
        return new CaseDocument(FORMAT, name, List.of(), List.of(), List.of(), CaseSelection.all(), List.of());
    }
}
