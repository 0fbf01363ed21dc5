package io.auditlens.findings;

import java.util.List;

/**
 * The field (or fields) that key a condition: a query-language field name such as {@code digest} or
 * {@code initiator}, or a dotted JSON path. With several, an event is keyed by the first one it has a value for,
 * as in "the digest, or the repository when the event names no digest".
 */
public record KeySpec(List<String> fields) {

    public KeySpec {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one field");
        }
        fields = List.copyOf(fields);
    }

    /** A key of one field. */
    public static KeySpec of(String field) {
        return new KeySpec(List.of(field));
    }

    /** The fields joined for display, e.g. {@code digest|repository}. */
    public String text() {
        return String.join("|", fields);
    }
}
