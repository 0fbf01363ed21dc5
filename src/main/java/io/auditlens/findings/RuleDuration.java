package io.auditlens.findings;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as rule files write them: a number and a unit, {@code 30s}, {@code 10m}, {@code 24h}, {@code 30d}, {@code 2w}, or several ({@code 1h30m}). */
public final class RuleDuration {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})([smhdw])");

    private RuleDuration() {
    }

    /** The duration a text stands for. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.lookingAt()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
            at = m.end();
            m.region(at, t.length());
        }
        if (at == 0 || at != t.length()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration such as 10m, 24h or 30d");
        }
        return total;
    }

    /** The shortest text for a duration, e.g. {@code 30d} or {@code 1h30m}. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (s >= sizes[i]) {
                out.append(s / sizes[i]).append(units[i]);
                s %= sizes[i];
            }
        }
        return out.toString();
    }
}
