package io.auditlens.query;

import io.auditlens.query.QueryToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits query text into tokens. Reports the errors that are visible in a single word (unclosed
 * quote, missing value, unknown field, bad date) with the column where they start.
 */
final class QueryLexer {

    private final String text;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int pos;

    private QueryLexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, always ending with one {@link Kind#END} token. */
    static List<QueryToken> tokenize(String text) throws QuerySyntaxException {
        QueryLexer lexer = new QueryLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws QuerySyntaxException {
        while (true) {
            while (pos < text.length() && QueryText.isSpace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(QueryToken.symbol(Kind.END, column(pos), "end of query"));
                return;
            }
            char c = text.charAt(pos);
            switch (c) {
                case '(' -> symbol(Kind.OPEN);
                case ')' -> symbol(Kind.CLOSE);
                case '-' -> minus();
                case '"' -> phrase();
                default -> word();
            }
        }
    }

    private void symbol(Kind kind) {
        tokens.add(QueryToken.symbol(kind, column(pos), text.substring(pos, pos + 1)));
        pos++;
    }

    // A '-' negates only when glued to what it negates; "a - b" is far more likely a typo than a search for "-".
    private void minus() throws QuerySyntaxException {
        if (pos + 1 >= text.length() || QueryText.isSpace(text.charAt(pos + 1))) {
            throw new QuerySyntaxException(column(pos), "a term right after '-'", "no space between '-' and the term");
        }
        symbol(Kind.MINUS);
    }

    private void phrase() throws QuerySyntaxException {
        int start = pos;
        String phrase = readQuoted();
        // A '*' after a phrase asks for a prefix, which free text (a substring search) already covers.
        if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
        }
        requireTermEnd();
        tokens.add(QueryToken.term(column(start), text.substring(start, pos), new QueryNode.TextTerm(phrase)));
    }

    private void word() throws QuerySyntaxException {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (QueryText.endsWord(c) || c == ':') {
                break;
            }
            if (c == '"') {
                throw strayQuote();
            }
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == ':') {
            fieldTerm(start);
            return;
        }
        String word = text.substring(start, pos);
        if (QueryText.isKeyword(word)) {
            Kind kind = Kind.valueOf(word.toUpperCase(Locale.ROOT));
            tokens.add(QueryToken.symbol(kind, column(start), word));
            return;
        }
        QueryNode node;
        if (word.equals("*")) {
            node = new QueryNode.MatchAll();
        } else if (word.endsWith("*")) {
            node = new QueryNode.TextTerm(word.substring(0, word.length() - 1));
        } else {
            node = new QueryNode.TextTerm(word);
        }
        tokens.add(QueryToken.term(column(start), word, node));
    }

    private void fieldTerm(int start) throws QuerySyntaxException {
        int colon = pos;
        if (colon == start) {
            throw new QuerySyntaxException(column(colon), "a field name before ':'",
                    "to search for text starting with ':', put it in quotes");
        }
        String name = text.substring(start, colon);
        pos++;
        RawValue value = readValue(name);
        QueryNode node = FieldTerms.of(name, column(start), value);
        tokens.add(QueryToken.term(column(start), text.substring(start, pos), node));
    }

    private RawValue readValue(String name) throws QuerySyntaxException {
        int start = pos;
        if (pos >= text.length() || QueryText.endsWord(text.charAt(pos))) {
            boolean spaceThenValue = pos < text.length() && QueryText.isSpace(text.charAt(pos));
            throw new QuerySyntaxException(column(pos), "a value after '" + QueryText.excerpt(name) + ":'",
                    spaceThenValue ? "no space after ':'; use quotes for a value with spaces" : null);
        }
        if (text.charAt(pos) == '"') {
            String value = readQuoted();
            boolean prefix = pos < text.length() && text.charAt(pos) == '*';
            if (prefix) {
                pos++;
            }
            requireTermEnd();
            return new RawValue(value, text.substring(start, pos), column(start), true, prefix);
        }
        while (pos < text.length() && !QueryText.endsWord(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                throw strayQuote();
            }
            pos++;
        }
        String typed = text.substring(start, pos);
        boolean prefix = typed.endsWith("*");
        String value = prefix ? typed.substring(0, typed.length() - 1) : typed;
        return new RawValue(value, typed, column(start), false, prefix);
    }

    /** Reads a quoted string starting at the opening quote; only {@code \"} and {@code \\} are escapes. */
    private String readQuoted() throws QuerySyntaxException {
        int open = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            // Any other backslash is kept as typed, so Windows paths and regex-like text need no doubling.
            if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '"' || text.charAt(pos + 1) == '\\')) {
                pos++;
                c = text.charAt(pos);
            }
            out.append(c);
            pos++;
        }
        throw new QuerySyntaxException(column(open), "a closing '\"' for the quote opened here",
                "a '\"' inside quotes is written \\\"");
    }

    // "a"b is almost always a typo (a missing space or a misplaced quote), so it is refused, not guessed at.
    private void requireTermEnd() throws QuerySyntaxException {
        if (pos < text.length() && !QueryText.endsWord(text.charAt(pos))) {
            throw new QuerySyntaxException(column(pos), "a space, '(', ')' or the end of the query after the closing quote",
                    "found '" + text.charAt(pos) + "'");
        }
    }

    private QuerySyntaxException strayQuote() {
        return new QuerySyntaxException(column(pos), "quotes around the whole value or phrase",
                "found '\"' inside a word");
    }

    private static int column(int index) {
        return index + 1;
    }
}
