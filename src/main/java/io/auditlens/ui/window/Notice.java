package io.auditlens.ui.window;

/**
 * A message shown in the window's notice area until closed; {@code offersReport} adds a "Load report" button, and
 * an {@code action} (may be null) adds a button of its own, such as Undo, which also closes the notice.
 */
public record Notice(Kind kind, String title, String text, boolean offersReport, Action action) {

    /** A notice without an action of its own. */
    public Notice(Kind kind, String title, String text, boolean offersReport) {
        this(kind, title, text, offersReport, null);
    }

    /** How a notice is coloured. */
    public enum Kind {
        INFO,
        WARNING,
        ERROR
    }

    /** A button on a notice: its label and what it does. */
    public record Action(String label, Runnable perform) {
    }
}
