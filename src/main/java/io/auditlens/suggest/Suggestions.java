package io.auditlens.suggest;

import java.util.List;

/**
 * What to offer at a caret: the span of the query text that accepting a suggestion replaces (the term the caret is
 * in), and the suggestions, best first.
 */
public record Suggestions(int from, int to, List<Suggestion> items) {

    /** Nothing to offer. */
    public static final Suggestions NONE = new Suggestions(0, 0, List.of());

    public Suggestions {
        items = List.copyOf(items);
    }

    /** The query text with suggestion {@code s} in place of the term, and where the caret goes after it. */
    public Accepted accept(String text, Suggestion s) {
        String next = text.substring(0, from) + s.replacement() + text.substring(to);
        return new Accepted(next, from + s.replacement().length());
    }

    /** A query text after accepting a suggestion, with the caret position. */
    public record Accepted(String text, int caret) {
    }
}
