package io.auditlens.suggest;

/**
 * One entry of the query bar's completion list.
 *
 * @param kind        what is suggested
 * @param label       the text shown: a field name, a value or a JSON path
 * @param replacement what replaces the term being typed, quoted as the query language needs
 * @param help        a line shown beside it (a field's meaning), "" for none
 * @param count       events having the value, -1 when not a value or not known
 */
public record Suggestion(Kind kind, String label, String replacement, String help, long count) {

    /** What a suggestion completes. */
    public enum Kind { FIELD, VALUE, PATH }
}
