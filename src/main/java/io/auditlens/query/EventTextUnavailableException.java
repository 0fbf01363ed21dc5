package io.auditlens.query;

/**
 * A JSON-path term needed events' original text and it could not be read, typically because an input file changed
 * since it was loaded. Counting such events as non-matching would silently give wrong figures, so the evaluation
 * stops instead.
 */
public final class EventTextUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with the reader's one-line reason. */
    public EventTextUnavailableException(String message) {
        super(message);
    }
}
