package io.auditlens.query;

import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a query. Terms keep the values exactly as typed (a short action name stays
 * short, a digest keeps its case): turning them into event filters is the compiler's job, so the
 * same tree can be printed back to the text the user wrote.
 */
public sealed interface QueryNode {

    /** The canonical query text of this tree; parsing it gives an equal tree. */
    default String toQueryText() {
        return QueryPrinter.print(this);
    }

    /** Matches every event: the empty query, or a bare {@code *}. */
    record MatchAll() implements QueryNode {
    }

    /** A known field compared with a value, e.g. {@code region:eu-de}. */
    record FieldTerm(QueryField field, String value, MatchKind kind) implements QueryNode {
        public FieldTerm {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(kind, "kind");
            checkValueFitsKind(value, kind);
        }
    }

    /**
     * A dotted path into the event's JSON compared with a value, e.g.
     * {@code target.typeURI:container-registry/image}. Segments keep their case because JSON keys
     * are case-sensitive.
     */
    record JsonPathTerm(List<String> path, String value, MatchKind kind) implements QueryNode {
        public JsonPathTerm {
            path = List.copyOf(path);
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(kind, "kind");
            if (path.size() < 2) {
                throw new IllegalArgumentException("a JSON path needs at least two segments: " + path);
            }
            for (int i = 0; i < path.size(); i++) {
                if (!QueryText.isPathSegment(path.get(i), i == 0)) {
                    throw new IllegalArgumentException("not a segment a query can spell: '" + path.get(i) + "'");
                }
            }
            checkValueFitsKind(value, kind);
        }

        /** The path as written in a query, e.g. {@code requestData.RequestParameters.signatureMethod}. */
        public String dottedPath() {
            return String.join(".", path);
        }
    }

    /** Free text: a bare word or a "quoted phrase", searched for in several fields by the compiler. */
    record TextTerm(String text) implements QueryNode {
        public TextTerm {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * {@code after:} (inclusive, time &gt;= epochMillis) or {@code before:} (exclusive, time &lt; epochMillis).
     * Limited to years 0000-9999 so that every bound can be written back as an ISO date.
     */
    record TimeBound(boolean after, long epochMillis) implements QueryNode {
        public TimeBound {
            if (!QueryTime.isPrintable(epochMillis)) {
                throw new IllegalArgumentException("time outside years 0000-9999: " + epochMillis);
            }
        }
    }

    /** Matches the events its child does not match. */
    record Not(QueryNode child) implements QueryNode {
        public Not {
            Objects.requireNonNull(child, "child");
        }
    }

    /** Matches the events every child matches. Parenthesised groups stay nested as written. */
    record And(List<QueryNode> children) implements QueryNode {
        public And {
            children = List.copyOf(children);
            if (children.size() < 2) {
                throw new IllegalArgumentException("And needs at least two children");
            }
        }
    }

    /** Matches the events any child matches. */
    record Or(List<QueryNode> children) implements QueryNode {
        public Or {
            children = List.copyOf(children);
            if (children.size() < 2) {
                throw new IllegalArgumentException("Or needs at least two children");
            }
        }
    }

    // An EXACT "" would print as field:"" and come back as EMPTY, so the two are kept apart here.
    private static void checkValueFitsKind(String value, MatchKind kind) {
        if (kind == MatchKind.EMPTY && !value.isEmpty()) {
            throw new IllegalArgumentException("an EMPTY term has no value");
        }
        if (kind == MatchKind.EXACT && value.isEmpty()) {
            throw new IllegalArgumentException("an EXACT term needs a value; use EMPTY");
        }
    }
}
