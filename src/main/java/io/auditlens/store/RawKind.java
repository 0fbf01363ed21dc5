package io.auditlens.store;

/** How the bytes at a row's raw location relate to the event. */
public enum RawKind {
    /** The bytes are the event's JSON text exactly as in the input. */
    EVENT,
    /** The bytes are a wrapper record whose {@code _line} or {@code user_data} string holds the event's JSON. */
    STRING_IN_WRAPPER
}
