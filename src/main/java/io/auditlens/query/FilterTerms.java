package io.auditlens.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The query terms "Filter for value" and "Filter out value" add: {@code field:value} for an event field, quoted
 * as needed, {@code path:value} for a node of the event's JSON, and the query they give when added to the current
 * one. Terms are printed by {@link QueryPrinter}, so they parse back to what they say.
 */
public final class FilterTerms {

    private FilterTerms() {
    }

    /** The term selecting events whose field has {@code value} (empty: has none); none for time. */
    public static Optional<QueryNode> forField(EventField field, String value) {
        String name = switch (field) {
            case INITIATOR_ID -> "initiator";
            case TARGET_ID -> "target";
            default -> field.key();
        };
        return QueryField.byName(name).map(f -> value == null || value.isEmpty()
                ? new QueryNode.FieldTerm(f, "", MatchKind.EMPTY)
                : new QueryNode.FieldTerm(f, value, MatchKind.EXACT));
    }

    /** The term selecting the events a facet counts under {@code value}; none when a query cannot say it. */
    public static Optional<QueryNode> forFacet(Facet facet, String value) {
        return facet instanceof BuiltInFacet b ? forField(b.field(), value) : forPath(facet.key(), value);
    }

    /**
     * The term selecting events whose JSON has {@code value} at a dotted path such as
     * {@code requestData.RequestParameters.signatureMethod}; array indexes ({@code [0]}) are dropped, as path terms
     * look through arrays. None for a path a query cannot spell or with fewer than two names.
     */
    public static Optional<QueryNode> forPath(String dottedPath, String value) {
        List<String> names = Arrays.stream(dottedPath.replaceAll("\\[\\d+]", "").split("\\."))
                .filter(s -> !s.isEmpty()).toList();
        try {
            return Optional.of(value == null || value.isEmpty()
                    ? new QueryNode.JsonPathTerm(names, "", MatchKind.EMPTY)
                    : new QueryNode.JsonPathTerm(names, value, MatchKind.EXACT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The path of a JSON node as a query spells it, array indexes dropped. */
    public static String queryPath(String dottedPath) {
        return dottedPath.replaceAll("\\[\\d+]", "");
    }

    /**
     * The query with a term added, or its negation when {@code exclude}: ANDed after the current text, which is
     * put in parentheses when it is an OR at the top (so the new term narrows all of it).
     */
    public static String added(String query, QueryNode term, boolean exclude) {
        String t = QueryPrinter.print(exclude ? new QueryNode.Not(term) : term);
        String current = query == null ? "" : query.trim();
        if (current.isEmpty()) {
            return t;
        }
        try {
            if (QueryParser.parse(current) instanceof QueryNode.Or) {
                return "(" + current + ") " + t;
            }
        } catch (QuerySyntaxException e) {
            // A query that does not parse is left as typed; the new term still follows it.
        }
        return current + " " + t;
    }

    /** The term {@code label:NAME} that selects the events carrying a label. */
    public static QueryNode forLabel(String label) {
        return new QueryNode.FieldTerm(QueryField.LABEL, label, MatchKind.EXACT);
    }

    /**
     * Whether the query narrows by this term: it is the query, or one of the terms ANDed at its top (values
     * compared ignoring case, as field terms match). False for a query that does not parse.
     */
    public static boolean narrowsBy(String query, QueryNode term) {
        return topTerms(query).stream().anyMatch(t -> sameTerm(t, term));
    }

    /** The query without this term where it is ANDed at the top; unchanged when it is not there or does not parse. */
    public static String without(String query, QueryNode term) {
        List<QueryNode> terms = topTerms(query);
        if (terms.stream().noneMatch(t -> sameTerm(t, term))) {
            return query;
        }
        List<QueryNode> kept = terms.stream().filter(t -> !sameTerm(t, term)).toList();
        return kept.isEmpty() ? "" : QueryPrinter.print(kept.size() == 1 ? kept.get(0) : new QueryNode.And(kept));
    }

    private static List<QueryNode> topTerms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        try {
            QueryNode node = QueryParser.parse(query.trim());
            return node instanceof QueryNode.And and ? and.children() : List.of(node);
        } catch (QuerySyntaxException e) {
            return List.of();
        }
    }

    private static boolean sameTerm(QueryNode a, QueryNode b) {
        if (a instanceof QueryNode.FieldTerm x && b instanceof QueryNode.FieldTerm y) {
            return x.field() == y.field() && x.kind() == y.kind() && x.value().equalsIgnoreCase(y.value());
        }
        return a.equals(b);
    }
}
