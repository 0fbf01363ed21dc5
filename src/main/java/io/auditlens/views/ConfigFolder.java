package io.auditlens.views;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's AuditLens settings live. In order: {@code AUDITLENS_CONFIG_DIR}; on Windows
 * {@code %APPDATA%\AuditLens}; elsewhere {@code $XDG_CONFIG_HOME/auditlens}, else {@code ~/.config/auditlens}.
 * The environment is passed in so that tests and the command line can point it anywhere.
 */
public final class ConfigFolder {

    /** The environment variable that overrides every other rule. */
    public static final String OVERRIDE_VARIABLE = "AUDITLENS_CONFIG_DIR";

    private ConfigFolder() {
    }

    /** The folder for the user running this program. */
    public static Path forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * The folder for an environment, operating system name (as {@code os.name} reports it) and home folder.
     *
     * @param environment variable name to value; names are matched exactly except on Windows, where they ignore case
     */
    public static Path resolve(Map<String, String> environment, String osName, Path home) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        String override = variable(environment, OVERRIDE_VARIABLE, windows);
        if (override != null) {
            return Path.of(override);
        }
        if (windows) {
            String appData = variable(environment, "APPDATA", true);
            return appData != null ? Path.of(appData, "AuditLens") : home.resolve("AppData").resolve("Roaming")
                    .resolve("AuditLens");
        }
        String xdg = variable(environment, "XDG_CONFIG_HOME", false);
        // The XDG specification says a relative value is invalid and must be ignored.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "auditlens");
        }
        return home.resolve(".config").resolve("auditlens");
    }

    // An empty value counts as unset, as shells make it easy to export one by accident.
    private static String variable(Map<String, String> environment, String name, boolean ignoreCase) {
        String value = environment.get(name);
        if (value == null && ignoreCase) {
            value = environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
