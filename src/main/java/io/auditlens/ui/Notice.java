package io.auditlens.ui;

/** A message shown in the window's notice area until closed; {@code offersReport} adds a "Load report" button. */
public record Notice(Kind kind, String title, String text, boolean offersReport) {

    /** How a notice is coloured. */
    public enum Kind {
        INFO,
        WARNING,
        ERROR
    }
}
