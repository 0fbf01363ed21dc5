package io.auditlens.views;

/** A change to the views that cannot be made, such as deleting a built-in view; the message is for the user. */
public final class ViewRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ViewRefusedException(String message) {
        super(message);
    }
}
