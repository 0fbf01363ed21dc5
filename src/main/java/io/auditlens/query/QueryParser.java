package io.auditlens.query;

import io.auditlens.query.QueryToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one line of query text into a {@link QueryNode} tree.
 *
 * <pre>
 * query   = [ or ] END
 * or      = and { OR and }
 * and     = unary { [ AND ] unary }
 * unary   = { "-" | NOT } primary
 * primary = "(" or ")" | term
 * </pre>
 *
 * Nesting (parentheses plus negations) is capped at {@link #MAX_NESTING} so a pasted or generated
 * query can never exhaust the stack; every problem is reported as a {@link QuerySyntaxException}.
 */
public final class QueryParser {

    /** Deepest nesting of parentheses and negations accepted. */
    public static final int MAX_NESTING = 200;

    private final List<QueryToken> tokens;
    private int next;

    private QueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** The tree of {@code text}; {@link QueryNode.MatchAll} for null, empty or blank text. */
    public static QueryNode parse(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            return new QueryNode.MatchAll();
        }
        return new QueryParser(QueryLexer.tokenize(text)).query();
    }

    private QueryNode query() throws QuerySyntaxException {
        QueryNode node = or(0, null);
        QueryToken t = peek();
        if (t.kind() == Kind.CLOSE) {
            throw strayClose(t);
        }
        return node;
    }

    private QueryNode or(int depth, QueryToken opener) throws QuerySyntaxException {
        QueryNode first = and(depth, opener);
        if (peek().kind() != Kind.OR) {
            return first;
        }
        List<QueryNode> children = new ArrayList<>();
        children.add(first);
        while (peek().kind() == Kind.OR) {
            QueryToken op = take();
            children.add(and(depth, op));
        }
        return new QueryNode.Or(children);
    }

    private QueryNode and(int depth, QueryToken opener) throws QuerySyntaxException {
        QueryNode first = unary(depth, opener);
        List<QueryNode> children = null;
        while (peek().kind() == Kind.AND || peek().startsOperand()) {
            QueryToken op = peek().kind() == Kind.AND ? take() : null;
            if (children == null) {
                children = new ArrayList<>();
                children.add(first);
            }
            children.add(unary(depth, op));
        }
        return children == null ? first : new QueryNode.And(children);
    }

    // Negations are counted in a loop rather than by recursion, so a long run of '-' costs no stack.
    private QueryNode unary(int depth, QueryToken opener) throws QuerySyntaxException {
        int negations = 0;
        QueryToken op = opener;
        while (peek().kind() == Kind.MINUS || peek().kind() == Kind.NOT) {
            op = take();
            negations++;
            if (depth + negations > MAX_NESTING) {
                throw tooDeep(op);
            }
        }
        QueryNode node = primary(depth + negations, op);
        for (int i = 0; i < negations; i++) {
            node = new QueryNode.Not(node);
        }
        return node;
    }

    private QueryNode primary(int depth, QueryToken op) throws QuerySyntaxException {
        QueryToken t = peek();
        if (t.kind() == Kind.TERM) {
            take();
            return t.term();
        }
        if (t.kind() != Kind.OPEN) {
            throw missingOperand(op, t, depth);
        }
        take();
        if (depth + 1 > MAX_NESTING) {
            throw tooDeep(t);
        }
        QueryNode inner = or(depth + 1, t);
        if (peek().kind() != Kind.CLOSE) {
            // Only END can stop a group early: every other token is consumed by or/and/unary.
            throw new QuerySyntaxException(t.column(), "')' to close this '('");
        }
        take();
        return inner;
    }

    private QuerySyntaxException missingOperand(QueryToken op, QueryToken found, int depth) {
        if (op == null) {
            if (found.kind() == Kind.CLOSE && depth == 0) {
                return strayClose(found);
            }
            return new QuerySyntaxException(found.column(), "a term before '" + found.text() + "'");
        }
        String expected = "a term after '" + op.text() + "'";
        if (found.kind() == Kind.END) {
            // Pointing at the dangling operator is more useful than pointing past the end of the line.
            return new QuerySyntaxException(op.column(), expected);
        }
        return new QuerySyntaxException(found.column(), expected, "found '" + found.text() + "'");
    }

    private static QuerySyntaxException strayClose(QueryToken t) {
        return new QuerySyntaxException(t.column(), "a term, OR or the end of the query", "this ')' has no matching '('");
    }

    private static QuerySyntaxException tooDeep(QueryToken t) {
        return new QuerySyntaxException(t.column(), "at most " + MAX_NESTING + " nested parentheses and negations");
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        return tokens.get(next++);
    }
}
