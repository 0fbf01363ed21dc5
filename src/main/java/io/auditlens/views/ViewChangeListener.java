package io.auditlens.views;

/**
 * Told after each change a {@link ViewStore} makes, on the thread that made it and after the views file is
 * unlocked; a window hands the change to its own thread before touching any control.
 */
@FunctionalInterface
public interface ViewChangeListener {

    /**
     * Called once per change that was saved. An exception thrown here reaches the caller of the change, although
     * the change is saved, and the listeners after this one are not told; so a listener should not throw.
     */
    void viewsChanged(ViewChange change);
}
