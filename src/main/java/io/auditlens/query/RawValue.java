package io.auditlens.query;

/**
 * The value part of a {@code field:value} token before the field decides what it means.
 *
 * @param text    the value with quotes, escapes and a trailing prefix {@code *} removed
 * @param typed   the value as typed, for error messages
 * @param column  1-based column where the value starts (its opening quote, if quoted)
 * @param quoted  whether it was written in quotes
 * @param prefix  whether a trailing unquoted {@code *} asked for a prefix match
 */
record RawValue(String text, String typed, int column, boolean quoted, boolean prefix) {

    MatchKind kind() {
        if (prefix) {
            return MatchKind.PREFIX;
        }
        return quoted && text.isEmpty() ? MatchKind.EMPTY : MatchKind.EXACT;
    }
}
