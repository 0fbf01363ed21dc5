package io.auditlens.query;

/** How a field or JSON-path term compares its value with the event's. */
public enum MatchKind {
    /** {@code field:value} or {@code field:"two words"}: the whole value matches. */
    EXACT,
    /** {@code field:prefix*}: the event's value starts with the term's value. */
    PREFIX,
    /** {@code field:""}: the event has no value for the field, or an empty one. */
    EMPTY
}
