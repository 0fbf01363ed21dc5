package io.auditlens.query;

import java.util.Locale;

/**
 * Character rules shared by the lexer and the printer. Keeping them in one place is what makes
 * printed queries parse back to the same tree.
 */
final class QueryText {

    private QueryText() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c);
    }

    /** Characters that end an unquoted word or value. */
    static boolean endsWord(char c) {
        return isSpace(c) || c == '(' || c == ')';
    }

    /** AND, OR and NOT in any case; such words need quotes to be searched for as text. */
    static boolean isKeyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("and") || w.equals("or") || w.equals("not");
    }

    /** Whether a field value can be written without quotes and without being read as a prefix. */
    static boolean isBareValue(String value) {
        return !value.isEmpty() && isBarePrefix(value) && !value.endsWith("*");
    }

    /** Whether {@code value*} reads back as a prefix match on exactly {@code value}. */
    static boolean isBarePrefix(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (endsWord(c) || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** Whether free text can be written as a bare word (not taken for a field, negation or keyword). */
    static boolean isBareText(String text) {
        return isBareValue(text) && text.indexOf(':') < 0 && text.charAt(0) != '-' && !isKeyword(text);
    }

    /** Whether a query can spell this JSON-path segment; the first may not look like a negation. */
    static boolean isPathSegment(String segment, boolean first) {
        if (segment == null || segment.isEmpty() || (first && segment.charAt(0) == '-')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (endsWord(c) || c == '"' || c == '.' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code "text"} with {@code \} and {@code "} escaped. */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Shortens user text quoted back in an error message so a huge paste stays readable. */
    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
