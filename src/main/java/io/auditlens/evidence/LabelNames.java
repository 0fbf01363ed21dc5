package io.auditlens.evidence;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for a label's name and colour, and for a note's size, with the message shown when one is broken. */
public final class LabelNames {

    /** Longest label name accepted: it has to fit a table cell and a facet row. */
    public static final int MAX_NAME_LENGTH = 40;
    /** Longest note accepted, in characters: the case file is rewritten on every change. */
    public static final int MAX_NOTE_LENGTH = 100_000;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private LabelNames() {
    }

    /** What is wrong with this label name; empty when it can be used. */
    public static Optional<String> problem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("a label needs a name");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            return Optional.of("a label name has at most " + MAX_NAME_LENGTH + " characters; this one has "
                    + n.length());
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("a label name cannot hold a line break, tab or other control character");
        }
        if (n.equals("*")) {
            return Optional.of("'*' stands for any label in queries and cannot be a label's name");
        }
        return Optional.empty();
    }

    /** What is wrong with this colour; empty when it is {@code #rrggbb}. */
    public static Optional<String> colourProblem(String colour) {
        return colour != null && COLOUR.matcher(colour).matches() ? Optional.empty()
                : Optional.of("a label colour is written #rrggbb, for example #1565c0");
    }

    /** What is wrong with this note; empty when it can be kept. */
    public static Optional<String> noteProblem(String text) {
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            return Optional.of(String.format("a note holds at most %,d characters; this one has %,d",
                    MAX_NOTE_LENGTH, text.length()));
        }
        return Optional.empty();
    }
}
