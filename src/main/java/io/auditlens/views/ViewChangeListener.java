package io.auditlens.views;

/**
 * Told after each change a {@link ViewStore} makes, on the thread that made it and after the views file is
 * unlocked; a window hands the change to its own thread before touching any control.
 */
@FunctionalInterface
public interface ViewChangeListener {

    /** Called once per successful change. */
    void viewsChanged(ViewChange change);
}
