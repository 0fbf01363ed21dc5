package io.auditlens.query;

import io.auditlens.query.QueryNode.And;
import io.auditlens.query.QueryNode.FieldTerm;
import io.auditlens.query.QueryNode.JsonPathTerm;
import io.auditlens.query.QueryNode.MatchAll;
import io.auditlens.query.QueryNode.Not;
import io.auditlens.query.QueryNode.Or;
import io.auditlens.query.QueryNode.TextTerm;
import io.auditlens.query.QueryNode.TimeBound;
import java.util.List;

/**
 * Writes a tree as canonical query text: canonical field names, {@code -} for negation, quotes only
 * where a value needs them, and parentheses exactly where the tree nests a group, so that
 * {@code QueryParser.parse(print(node))} equals {@code node}.
 */
public final class QueryPrinter {

    private QueryPrinter() {
    }

    /** The canonical text of a tree; the empty string for {@link MatchAll} at the top. */
    public static String print(QueryNode node) {
        if (node instanceof MatchAll) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(out, node);
        return out.toString();
    }

    private static void append(StringBuilder out, QueryNode node) {
        if (node instanceof MatchAll) {
            out.append('*');
        } else if (node instanceof FieldTerm t) {
            out.append(t.field().queryName()).append(':');
            appendValue(out, t.value(), t.kind());
        } else if (node instanceof JsonPathTerm t) {
            out.append(t.dottedPath()).append(':');
            appendValue(out, t.value(), t.kind());
        } else if (node instanceof TextTerm t) {
            if (QueryText.isBareText(t.text())) {
                out.append(t.text());
            } else {
                QueryText.appendQuoted(out, t.text());
            }
        } else if (node instanceof TimeBound t) {
            out.append(t.after() ? TimeBoundField.AFTER.queryName() : TimeBoundField.BEFORE.queryName())
                    .append(':').append(QueryTime.format(t.epochMillis()));
        } else if (node instanceof Not n) {
            out.append('-');
            appendGrouped(out, n.child(), n.child() instanceof And || n.child() instanceof Or);
        } else if (node instanceof And a) {
            // An And inside an And is a group the user wrote; keep its parentheses so it stays nested.
            appendJoined(out, a.children(), " ", true);
        } else if (node instanceof Or o) {
            // AND binds tighter than OR, so only a nested Or needs parentheses here.
            appendJoined(out, o.children(), " OR ", false);
        } else {
            throw new IllegalStateException("unknown node " + node);
        }
    }

    private static void appendJoined(StringBuilder out, List<QueryNode> children, String separator, boolean groupAnd) {
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            QueryNode child = children.get(i);
            appendGrouped(out, child, child instanceof Or || (groupAnd && child instanceof And));
        }
    }

    private static void appendGrouped(StringBuilder out, QueryNode node, boolean parenthesise) {
        if (parenthesise) {
            out.append('(');
            append(out, node);
            out.append(')');
        } else {
            append(out, node);
        }
    }

    private static void appendValue(StringBuilder out, String value, MatchKind kind) {
        switch (kind) {
            case EMPTY -> out.append("\"\"");
            case EXACT -> {
                if (QueryText.isBareValue(value)) {
                    out.append(value);
                } else {
                    QueryText.appendQuoted(out, value);
                }
            }
            case PREFIX -> {
                if (QueryText.isBarePrefix(value)) {
                    out.append(value);
                } else {
                    QueryText.appendQuoted(out, value);
                }
                out.append('*');
            }
        }
    }
}
