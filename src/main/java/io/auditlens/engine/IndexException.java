package io.auditlens.engine;

/** An index that cannot be built or read, or an engine that cannot run a query; the message is for the user. */
public final class IndexException extends Exception {

    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }
}
