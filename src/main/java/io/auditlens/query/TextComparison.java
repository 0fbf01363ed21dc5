package io.auditlens.query;

import java.util.Locale;

/**
 * A term's value compared with event values ignoring case. Values are compared as plain text, so regular
 * expression characters in a query mean themselves.
 *
 * @param lowerValue the term's value in lower case
 * @param kind       how the two are compared
 */
record TextComparison(String lowerValue, MatchKind kind) {

    static TextComparison of(String value, MatchKind kind) {
        return new TextComparison(lower(value), kind);
    }

    /** Whether an event value, already in lower case and null when absent, satisfies the term. */
    boolean test(String lowerCandidate) {
        return switch (kind) {
            case EMPTY -> lowerCandidate == null || lowerCandidate.isEmpty();
            case EXACT -> lowerValue.equals(lowerCandidate);
            case PREFIX -> lowerCandidate != null && !lowerCandidate.isEmpty() && lowerCandidate.startsWith(lowerValue);
        };
    }

    /** The same comparison for a value that is present and not empty; false for EMPTY terms. */
    boolean testPresent(String lowerCandidate) {
        return kind != MatchKind.EMPTY && test(lowerCandidate);
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
