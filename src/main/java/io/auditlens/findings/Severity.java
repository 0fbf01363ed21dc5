package io.auditlens.findings;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, lowest first, so {@code compareTo} orders severities. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    /** The lower-case name used in rule files, JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity of a name, ignoring case. */
    public static Optional<Severity> byId(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether this severity is the given one or above. */
    public boolean atLeast(Severity floor) {
        return compareTo(floor) >= 0;
    }
}
