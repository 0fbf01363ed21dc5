package io.auditlens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arguments that must not open the window: a misspelled command, or no display to open it on. */
class WindowRefusalTest {

    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    @Test
    void misspelledCommandSuggestsTheNearest() {
        assertEquals(Optional.of("'sumarize' is not a command or a file; did you mean 'summarize'?"),
                WindowRefusal.of(new String[] {"sumarize", "events.ndjson"}, X11, "Linux"));
        assertEquals(Optional.of("'Digest' is not a command or a file; did you mean 'digests'?"),
                WindowRefusal.of(new String[] {"Digest"}, X11, "Linux"));
        assertEquals(Optional.of("'timelin' is not a command or a file; did you mean 'timeline'?"),
                WindowRefusal.of(new String[] {"timelin"}, X11, "Linux"));
    }

    @Test
    void aWordFarFromEveryCommandPointsAtHelp() {
        assertEquals(Optional.of("'events.ndjson' is not a command or a file; see auditlens --help for the commands"),
                WindowRefusal.of(new String[] {"events.ndjson"}, X11, "Linux"));
    }

    @Test
    void anExistingFileOpensTheWindow(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sumarize"), "{}");
        assertEquals(Optional.empty(), WindowRefusal.of(new String[] {file.toString()}, X11, "Linux"));
        assertEquals(Optional.empty(), WindowRefusal.of(new String[0], Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        assertEquals(Optional.empty(), WindowRefusal.of(new String[0], Map.of(), "Windows 11"));
    }

    @Test
    void noDisplayIsOneLineNamingTheCommands() {
        String message = WindowRefusal.of(new String[0], Map.of(), "Linux").orElseThrow();
        assertEquals("there is no display to open the window on; the commands work without one (auditlens --help)",
                message);
        assertEquals(message, WindowRefusal.startFailed("Unable to open DISPLAY"));
        assertTrue(WindowRefusal.startFailed("Unable to load glass GTK library").startsWith("the window cannot open: "));
    }
}
