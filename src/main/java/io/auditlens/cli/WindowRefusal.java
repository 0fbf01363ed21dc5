package io.auditlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why arguments that name no sub-command must not open the window: a word in the command position that is neither
 * a command nor an existing file (a misspelled command), or no display to open it on. Either is a usage error.
 */
public final class WindowRefusal {

    /** The most edits a word may be from a command to be suggested as what was meant. */
    private static final int MAX_SUGGESTION_EDITS = 3;

    private WindowRefusal() {
    }

    /**
     * The one-line reason the window cannot open with these arguments, or empty when it can try. {@code environment}
     * and {@code osName} are the process's, to tell whether a display exists.
     */
    public static Optional<String> of(String[] args, Map<String, String> environment, String osName) {
        if (args.length > 0 && !args[0].startsWith("-") && !exists(args[0])) {
            return Optional.of(notACommand(args[0], Cli.commandNames()));
        }
        if (!hasDisplay(environment, osName)) {
            return Optional.of(noDisplay());
        }
        return Optional.empty();
    }

    /** The message for a window that failed to start, in words. */
    public static String startFailed(String detail) {
        String reason = detail == null || detail.isBlank() ? "" : ": " + Cli.oneLine(detail);
        if (reason.contains("DISPLAY")) {
            return noDisplay();
        }
        return "the window cannot open" + reason + "; the commands work without it (auditlens --help)";
    }

    static String notACommand(String word, Collection<String> commands) {
        String lower = word.toLowerCase(Locale.ROOT);
        Optional<String> nearest = commands.stream()
                .min(Comparator.comparingInt((String c) -> edits(lower, c)).thenComparing(c -> c))
                .filter(c -> edits(lower, c) <= Math.min(MAX_SUGGESTION_EDITS, Math.max(1, c.length() / 2)));
        return "'" + word + "' is not a command or a file; "
                + nearest.map(c -> "did you mean '" + c + "'?").orElse("see auditlens --help for the commands");
    }

    private static String noDisplay() {
        return "there is no display to open the window on; the commands work without one (auditlens --help)";
    }

    private static boolean hasDisplay(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return present(environment.get("DISPLAY")) || present(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions turning {@code a} into {@code b}. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
