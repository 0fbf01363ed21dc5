package io.auditlens.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * One change in a case's append-only history.
 *
 * @param at     UTC time, ISO-8601 with milliseconds
 * @param by     the operating-system user name
 * @param change what happened: {@code label added}, {@code label removed}, {@code note set}, {@code note removed},
 *               {@code label defined}
 * @param event  the event's content hash, or null for a change not about one event
 * @param label  the label concerned, or null
 * @param note   the note as set, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(String at, String by, String change, String event, String label, String note) {

    public HistoryEntry {
        Objects.requireNonNull(change, "change");
        at = at == null ? "" : at;
        by = by == null ? "" : by;
    }
}
