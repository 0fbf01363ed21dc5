package io.auditlens.views;

/**
 * Something asked of the views that cannot be done, such as deleting a built-in view or using a view whose query
 * does not parse; the message is for the user.
 */
public final class ViewRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ViewRefusedException(String message) {
        super(message);
    }
}
