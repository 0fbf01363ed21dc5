package io.auditlens.views;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFolderTest {

    private static final Path HOME = Path.of("home", "ana");
    private static final Path DOT_CONFIG = HOME.resolve(".config").resolve("auditlens");

    private static Path onLinux(Map<String, String> environment) {
        return ConfigFolder.resolve(environment, "Linux", HOME);
    }

    @Test
    void overrideWinsOnEverySystem() {
        Map<String, String> env = Map.of("AUDITLENS_CONFIG_DIR", "custom", "XDG_CONFIG_HOME", "/xdg",
                "APPDATA", "roaming");
        assertEquals(Path.of("custom"), ConfigFolder.resolve(env, "Linux", HOME));
        assertEquals(Path.of("custom"), ConfigFolder.resolve(env, "Windows 11", HOME));
        assertEquals(Path.of("custom"), ConfigFolder.resolve(env, "Mac OS X", HOME));
    }

    @Test
    void blankOverrideIsIgnored() {
        assertEquals(DOT_CONFIG, onLinux(Map.of("AUDITLENS_CONFIG_DIR", "  ")));
    }

    @Test
    void xdgConfigHomeWhenAbsolute() {
        Path xdg = Path.of("xdg").toAbsolutePath();
        assertEquals(xdg.resolve("auditlens"), onLinux(Map.of("XDG_CONFIG_HOME", xdg.toString())));
    }

    @Test
    void relativeXdgConfigHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(DOT_CONFIG, onLinux(Map.of("XDG_CONFIG_HOME", "relative/dir")));
    }

    @Test
    void dotConfigInTheHomeFolderByDefault() {
        assertEquals(DOT_CONFIG, onLinux(Map.of()));
        assertEquals(DOT_CONFIG, ConfigFolder.resolve(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void appDataOnWindowsWhateverTheCaseOfTheVariable() {
        assertEquals(Path.of("roaming", "AuditLens"),
                ConfigFolder.resolve(Map.of("AppData", "roaming", "XDG_CONFIG_HOME", "/xdg"), "Windows 10", HOME));
        assertTrue(ConfigFolder.resolve(Map.of(), "Windows 10", HOME)
                .endsWith(Path.of("AppData", "Roaming", "AuditLens")));
    }
}
