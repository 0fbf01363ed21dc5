package io.auditlens.query;

import io.auditlens.task.CancelSignal;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a query tree to the set of matching rows. Terms on one column are kept as per-code masks as long as
 * possible and combined mask by mask, so {@code region:a OR region:b OR ...} costs one pass over the rows however
 * long it is. JSON-path terms are evaluated last within an AND, only on rows the other terms left.
 */
final class QueryEvaluator {

    private final EventStore store;
    private final FieldPredicates fields;
    private final CorrelationPredicate correlation;
    private final JsonPathIndex jsonPaths;

    QueryEvaluator(EventStore store, LowerCaseDictionaries lower, JsonPathIndex jsonPaths) {
        this.store = store;
        this.fields = new FieldPredicates(lower);
        this.correlation = new CorrelationPredicate(store, lower);
        this.jsonPaths = jsonPaths;
    }

    /** The candidate rows that match the query. */
    BitSet evaluate(QueryNode query, BitSet candidates, RowAnnotations annotations, ScanProgress progress,
                    CancelSignal cancel) {
        BitSet rows = new Run(annotations, progress, cancel).eval(query, candidates).toRows();
        rows.and(candidates);
        return rows;
    }

    /**
     * A partial result: either one column's mask (not yet applied to rows) or a set of rows. Row sets are only
     * meaningful on the candidate rows they were evaluated for.
     */
    private final class Part {
        private final ColumnPredicate column;
        private final BitSet rows;

        Part(ColumnPredicate column) {
            this.column = column;
            this.rows = null;
        }

        Part(BitSet rows) {
            this.column = null;
            this.rows = rows;
        }

        BitSet toRows() {
            return rows != null ? rows : column.rows(store);
        }
    }

    /** One evaluation, carrying the case's annotations, its progress listener and cancel signal. */
    private final class Run {
        private final RowAnnotations annotations;
        private final ScanProgress progress;
        private final CancelSignal cancel;

        Run(RowAnnotations annotations, ScanProgress progress, CancelSignal cancel) {
            this.annotations = annotations;
            this.progress = progress;
            this.cancel = cancel;
        }

        Part eval(QueryNode node, BitSet candidates) {
            cancel.check();
            if (node instanceof QueryNode.MatchAll) {
                return new Part(all());
            }
            if (node instanceof QueryNode.FieldTerm term) {
                return field(term);
            }
            if (node instanceof QueryNode.TextTerm text) {
                return text.text().isEmpty() ? new Part(all())
                        : new Part(ColumnPredicate.anyOf(store, fields.text(text.text())));
            }
            if (node instanceof QueryNode.TimeBound bound) {
                return new Part(timeBound(bound));
            }
            if (node instanceof QueryNode.JsonPathTerm path) {
                return new Part(jsonPaths.matches(path, candidates, progress, cancel));
            }
            if (node instanceof QueryNode.Not not) {
                Part child = eval(not.child(), candidates);
                if (child.column != null) {
                    return new Part(child.column.not());
                }
                child.rows.flip(0, store.size());
                return child;
            }
            if (node instanceof QueryNode.And and) {
                return and(and.children(), candidates);
            }
            if (node instanceof QueryNode.Or or) {
                return or(or.children(), candidates);
            }
            throw new IllegalArgumentException("unknown query node " + node);
        }

        private Part field(QueryNode.FieldTerm term) {
            if (term.field().isEvidence()) {
                return new Part(AnnotationPredicate.rows(term, annotations, store.size()));
            }
            if (term.field() == QueryField.CORRELATION) {
                return new Part(correlation.rows(term));
            }
            FieldPredicates.FieldMatch match = fields.of(term);
            if (match.predicates().size() == 1) {
                return new Part(match.predicates().get(0));
            }
            if (!match.all()) {
                return new Part(ColumnPredicate.anyOf(store, match.predicates()));
            }
            BitSet rows = all();
            for (ColumnPredicate p : match.predicates()) {
                rows.and(p.rows(store));
            }
            return new Part(rows);
        }

        private Part and(List<QueryNode> children, BitSet candidates) {
            Map<EventColumn, ColumnPredicate> columns = new LinkedHashMap<>();
            BitSet rows = null;
            List<QueryNode> reading = new ArrayList<>();
            for (QueryNode child : children) {
                if (readsEvents(child)) {
                    reading.add(child);
                    continue;
                }
                Part part = eval(child, candidates);
                if (part.column != null) {
                    columns.merge(part.column.column(), part.column, (a, b) -> a.combine(b, true));
                } else {
                    rows = intersect(rows, part.rows);
                }
            }
            if (reading.isEmpty() && rows == null && columns.size() == 1) {
                return new Part(columns.values().iterator().next());
            }
            for (ColumnPredicate column : columns.values()) {
                rows = intersect(rows, column.rows(store));
            }
            // Terms that read raw events see only the rows every other term already allows.
            for (QueryNode child : reading) {
                BitSet narrowed = (BitSet) candidates.clone();
                if (rows != null) {
                    narrowed.and(rows);
                }
                rows = intersect(rows, eval(child, narrowed).toRows());
            }
            return new Part(rows);
        }

        private Part or(List<QueryNode> children, BitSet candidates) {
            Map<EventColumn, ColumnPredicate> columns = new LinkedHashMap<>();
            BitSet rows = null;
            for (QueryNode child : children) {
                Part part = eval(child, candidates);
                if (part.column != null) {
                    columns.merge(part.column.column(), part.column, (a, b) -> a.combine(b, false));
                } else if (rows == null) {
                    rows = part.rows;
                } else {
                    rows.or(part.rows);
                }
            }
            if (rows == null && columns.size() == 1) {
                return new Part(columns.values().iterator().next());
            }
            if (!columns.isEmpty()) {
                BitSet fromColumns = ColumnPredicate.anyOf(store, List.copyOf(columns.values()));
                if (rows == null) {
                    rows = fromColumns;
                } else {
                    rows.or(fromColumns);
                }
            }
            return new Part(rows);
        }

        private BitSet timeBound(QueryNode.TimeBound bound) {
            long[] time = store.times();
            long t = bound.epochMillis();
            BitSet out = new BitSet(store.size());
            for (int row = 0; row < time.length; row++) {
                if (bound.after() ? time[row] >= t : time[row] < t) {
                    out.set(row);
                }
            }
            return out;
        }

        private BitSet all() {
            BitSet b = new BitSet(store.size());
            b.set(0, store.size());
            return b;
        }
    }

    private static BitSet intersect(BitSet acc, BitSet next) {
        if (acc == null) {
            return next;
        }
        acc.and(next);
        return acc;
    }

    /** Whether evaluating the node reads events' raw JSON. */
    static boolean readsEvents(QueryNode node) {
        if (node instanceof QueryNode.JsonPathTerm) {
            return true;
        }
        if (node instanceof QueryNode.Not not) {
            return readsEvents(not.child());
        }
        List<QueryNode> children = node instanceof QueryNode.And and ? and.children()
                : node instanceof QueryNode.Or or ? or.children() : List.of();
        for (QueryNode child : children) {
            if (readsEvents(child)) {
                return true;
            }
        }
        return false;
    }
}
