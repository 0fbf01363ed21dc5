package io.auditlens.query;

/**
 * One lexical unit of a query. A whole term ({@code region:eu-de}, {@code "a phrase"}) is a single
 * token carrying its finished node, so the parser only deals with structure.
 *
 * @param kind   what the token is
 * @param column 1-based column of its first character
 * @param text   the token as typed, quoted back in error messages
 * @param term   the node of a {@link Kind#TERM} token, else null
 */
record QueryToken(Kind kind, int column, String text, QueryNode term) {

    enum Kind { TERM, OPEN, CLOSE, MINUS, NOT, AND, OR, END }

    static QueryToken symbol(Kind kind, int column, String text) {
        return new QueryToken(kind, column, text, null);
    }

    static QueryToken term(int column, String text, QueryNode term) {
        return new QueryToken(Kind.TERM, column, text, term);
    }

    /** Whether a term, a group or a negation starts here (what may follow AND or OR). */
    boolean startsOperand() {
        return kind == Kind.TERM || kind == Kind.OPEN || kind == Kind.MINUS || kind == Kind.NOT;
    }
}
