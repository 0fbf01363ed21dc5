package io.auditlens.export.report;

import java.util.Locale;

/** The colour of an outcome in the report's charts: success green, failure red, pending amber, anything else grey. */
final class OutcomeColours {

    private OutcomeColours() {
    }

    static String of(String outcome) {
        return switch (outcome == null ? "" : outcome.toLowerCase(Locale.ROOT)) {
            case "success" -> "#2e7d32";
            case "failure" -> "#c62828";
            case "pending" -> "#f9a825";
            default -> "#78909c";
        };
    }
}
