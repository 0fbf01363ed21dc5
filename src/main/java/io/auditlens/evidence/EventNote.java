package io.auditlens.evidence;

import java.util.Objects;

/**
 * The note on one event (free text, may span lines), with who last wrote it and when.
 *
 * @param text the note
 * @param by   the operating-system user name
 * @param at   UTC time, ISO-8601 with milliseconds
 */
public record EventNote(String text, String by, String at) {

    public EventNote {
        Objects.requireNonNull(text, "text");
        by = by == null ? "" : by;
        at = at == null ? "" : at;
    }
}
