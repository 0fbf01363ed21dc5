package io.auditlens.ui.window;

import javafx.application.Application;

/**
 * Starts the window from a plain {@code main}: with JavaFX on the class path the JDK launcher refuses a main class
 * that extends {@link Application}, so the entry point stays outside it.
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    /** Opens the window with the given files (none: the bundled sample) and returns when it is closed. */
    public static void launch(String[] files) {
        Application.launch(AuditLensApplication.class, files);
    }
}
