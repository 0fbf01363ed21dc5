package io.auditlens.suggest;

/**
 * The term of a query the caret is in, as the query bar completes it: where it starts and ends (a space, a
 * parenthesis or the text's end outside quotes), a leading {@code -}, and the field name and value typed so far.
 *
 * @param from    index of the term's first character (its {@code -} if negated)
 * @param to      index just past the term
 * @param negated whether the term starts with {@code -}
 * @param name    the text before the first {@code :} up to the caret; the whole typed text when there is no colon
 * @param value   the value typed after {@code :} up to the caret, unquoted; null when there is no colon before it
 */
record TermAtCaret(int from, int to, boolean negated, String name, String value) {

    /** The term at {@code caret} (0 to {@code text.length()}). */
    static TermAtCaret of(String text, int caret) {
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < caret; i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < caret) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && endsTerm(c)) {
                start = i + 1;
            }
        }
        int end = caret;
        boolean inQuotes = quoted;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (inQuotes && c == '\\' && end + 1 < text.length()) {
                end++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && endsTerm(c)) {
                break;
            }
            end++;
        }
        String typed = text.substring(start, caret);
        boolean negated = typed.startsWith("-");
        String body = negated ? typed.substring(1) : typed;
        int colon = body.indexOf(':');
        if (colon < 0 || body.startsWith("\"")) {
            return new TermAtCaret(start, end, negated, body, null);
        }
        return new TermAtCaret(start, end, negated, body.substring(0, colon), unquoted(body.substring(colon + 1)));
    }

    /** Whether the caret is in a value ({@code field:...}) rather than a field name or free text. */
    boolean inValue() {
        return value != null;
    }

    private static boolean endsTerm(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')';
    }

    // The value as far as typed: an opening quote and escapes are the query's spelling, not part of the value.
    private static String unquoted(String typed) {
        if (!typed.startsWith("\"")) {
            return typed;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '\\' && i + 1 < typed.length()) {
                c = typed.charAt(++i);
            } else if (c == '"') {
                break;
            }
            out.append(c);
        }
        return out.toString();
    }
}
