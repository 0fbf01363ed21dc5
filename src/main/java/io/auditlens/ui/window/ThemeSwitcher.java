package io.auditlens.ui.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Switches the application between the AtlantaFX Primer light and dark themes. */
public final class ThemeSwitcher {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    public ThemeSwitcher() {
        dark.addListener((obs, was, now) -> apply());
        apply();
    }

    /** Whether the dark theme is on; the View menu's check item binds to it. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Flips between light and dark. */
    public void toggle() {
        dark.set(!dark.get());
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
