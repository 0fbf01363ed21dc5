package io.auditlens.query;

/**
 * A query the parser cannot read. The message has the form
 * {@code column 12: expected a value after 'region:'}, optionally followed by a hint in parentheses,
 * so the UI can show it as is and underline {@link #column()}.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String expected;

    /** An error with no hint. */
    public QuerySyntaxException(int column, String expected) {
        this(column, expected, null);
    }

    /** An error with a hint, e.g. what was found instead; {@code hint} may be null. */
    public QuerySyntaxException(int column, String expected, String hint) {
        super("column " + column + ": expected " + expected + (hint == null ? "" : " (" + hint + ")"));
        this.column = column;
        this.expected = expected;
    }

    /** 1-based column, counted in UTF-16 chars of the query text; one past the end for a problem at the end. */
    public int column() {
        return column;
    }

    /** What the parser wanted at that column, e.g. {@code a value after 'region:'}. */
    public String expected() {
        return expected;
    }
}
