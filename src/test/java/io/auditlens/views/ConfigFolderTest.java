package io.auditlens.views;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFolderTest {

    private static final Path HOME = Path.of("home", "ana");

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
        assertEquals(HOME.resolve(".config").resolve("auditlens"),
                ConfigFolder.resolve(Map.of("AUDITLENS_CONFIG_DIR", "  "), "Linux", HOME));
    }

    @Test
    void xdgConfigHomeWhenAbsolute() {
        Path xdg = Path.of("xdg").toAbsolutePath();
        assertEquals(xdg.resolve("auditlens"),
                ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", xdg.toString()), "Linux", HOME));
    }

    @Test
    void relativeXdgConfigHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(HOME.resolve(".config").resolve("auditlens"),
                ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", "relative/dir"), "Linux", HOME));
    }

    @Test
    void dotConfigInTheHomeFolderByDefault() {
        assertEquals(HOME.resolve(".config").resolve("auditlens"), ConfigFolder.resolve(Map.of(), "Linux", HOME));
        assertEquals(HOME.resolve(".config").resolve("auditlens"), ConfigFolder.resolve(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void appDataOnWindowsWhateverTheCaseOfTheVariable() {
        assertEquals(Path.of("roaming", "AuditLens"),
                ConfigFolder.resolve(Map.of("AppData", "roaming", "XDG_CONFIG_HOME", "/xdg"), "Windows 10", HOME));
        assertTrue(ConfigFolder.resolve(Map.of(), "Windows 10", HOME)
                .endsWith(Path.of("AppData", "Roaming", "AuditLens")));
    }
}
