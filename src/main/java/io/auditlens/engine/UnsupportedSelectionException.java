package io.auditlens.engine;

/** A selection that SQL over an index cannot express; the message says which part and why, for the user. */
public final class UnsupportedSelectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsupportedSelectionException(String message) {
        super(message);
    }
}
