package io.auditlens.query;

import io.auditlens.task.CancelSignal;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates selections over one store: the matching rows, disjunctive facet counts, and through the result, sorted
 * rows and histograms. Keeps what it learns about the store (lower-case dictionaries, sort orders, JSON-path
 * answers) for later selections. Thread-safe: evaluate on background threads; results are immutable.
 */
public final class SelectionEngine {

    private final EventStore store;
    private final RawEvents raw;
    private final LowerCaseDictionaries lower;
    private final QueryEvaluator evaluator;
    private final RowOrders orders;
    private final Map<BuiltInFacet, String[]> facetValues = new ConcurrentHashMap<>();
    private final PathFacetColumns pathFacets;

    /** An engine over a store whose raw events are read through {@code raw}. */
    public SelectionEngine(EventStore store, RawEvents raw) {
        this.store = store;
        this.raw = raw;
        this.lower = new LowerCaseDictionaries(store);
        this.evaluator = new QueryEvaluator(store, lower, new JsonPathIndex(store, raw));
        this.orders = new RowOrders(store, lower);
        this.pathFacets = new PathFacetColumns(store, raw);
    }

    /** An engine over a store, reading raw events from its sources. */
    public SelectionEngine(EventStore store) {
        this(store, new RawEvents(store));
    }

    /** The store this engine evaluates. */
    public EventStore store() {
        return store;
    }

    /** The raw events of the store, for showing an event's original JSON. */
    public RawEvents rawEvents() {
        return raw;
    }

    /**
     * Computes ahead what the first free-text query and the first sort by each given field would otherwise compute
     * when asked: lower-case dictionaries and the fields' row orders. Sorting by a column with hundreds of thousands
     * of distinct values (messages) costs a few hundred milliseconds the first time, so a window calls this on a
     * background thread after loading.
     */
    public void prepare(Collection<EventField> sortFields, CancelSignal cancel) {
        for (EventColumn column : FieldPredicates.TEXT_COLUMNS) {
            cancel.check();
            lower.of(column);
        }
        for (EventField field : sortFields) {
            cancel.check();
            orders.ascending(field);
        }
    }

    /** Evaluates a selection without progress reports or cancellation. */
    public SelectionResult evaluate(Selection selection) {
        return evaluate(selection, ScanProgress.NONE, CancelSignal.never());
    }

    /**
     * Evaluates a selection. Progress is reported only while JSON-path terms read raw events.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws EventTextUnavailableException when a JSON-path term cannot read an event (its file changed)
     */
    public SelectionResult evaluate(Selection selection, ScanProgress progress, CancelSignal cancel) {
        return evaluate(selection, RowAnnotations.NONE, progress, cancel);
    }

    /** Evaluates a selection with a case's labels and notes, which {@code label:}, {@code note:} and {@code has:} match. */
    public SelectionResult evaluate(Selection selection, RowAnnotations annotations) {
        return evaluate(selection, annotations, ScanProgress.NONE, CancelSignal.never());
    }

    /**
     * Evaluates a selection with a case's labels and notes.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws EventTextUnavailableException when a JSON-path term cannot read an event (its file changed)
     */
    public SelectionResult evaluate(Selection selection, RowAnnotations annotations, ScanProgress progress,
                                    CancelSignal cancel) {
        int size = store.size();
        for (Facet f : selection.picks().keySet()) {
            prepareFacet(f, progress, cancel);
        }
        BitSet inRange = timeRange(selection.range());
        List<Facet> picked = new ArrayList<>(selection.picks().keySet());
        BitSet[] pickRows = new BitSet[picked.size()];
        for (int i = 0; i < pickRows.length; i++) {
            Facet f = picked.get(i);
            pickRows[i] = pickedRows(f, selection.picks().get(f));
        }
        BitSet[] others = exceptEach(pickRows, size);
        BitSet candidates = (BitSet) inRange.clone();
        if (QueryEvaluator.readsEvents(selection.query()) && !picked.isEmpty()) {
            // A row that fails two facets' picks counts nowhere, so raw events need not be read for it.
            BitSet useful = new BitSet(size);
            for (BitSet o : others) {
                useful.or(o);
            }
            candidates.and(useful);
        }
        cancel.check();
        BitSet base = evaluator.evaluate(selection.query(), candidates, annotations, progress, cancel);
        BitSet matching = (BitSet) base.clone();
        for (BitSet p : pickRows) {
            matching.and(p);
        }
        Map<Facet, FacetCounts> counts = disjunctiveCounts(base, matching, picked, others, cancel);
        return new SelectionResult(this, selection, RowSet.of(matching, size), counts);
    }

    /**
     * The rows matching a query alone (no picks, no time range), without counting facets: for code that evaluates
     * many queries over the whole store, such as rules.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws EventTextUnavailableException when a JSON-path term cannot read an event (its file changed)
     */
    public RowSet rowsMatching(QueryNode query, CancelSignal cancel) {
        BitSet all = new BitSet(store.size());
        all.set(0, store.size());
        return RowSet.of(evaluator.evaluate(query, all, RowAnnotations.NONE, ScanProgress.NONE, cancel), store.size());
    }

    /** Every row in time order, ties in load order; computed once and kept; read-only. */
    public int[] timeOrder() {
        return orders.ascending(EventField.TIME);
    }

    /**
     * Unpicked panel facets are counted over the matching rows, all in one pass; a picked facet over the rows that
     * match everything except its own picks, so its other values still show what picking them would add.
     */
    private Map<Facet, FacetCounts> disjunctiveCounts(BitSet base, BitSet matching, List<Facet> picked,
                                                      BitSet[] others, CancelSignal cancel) {
        Set<Facet> unpicked = new LinkedHashSet<>(Facet.PANEL);
        unpicked.removeAll(picked);
        Map<Facet, FacetCounts> counts = new LinkedHashMap<>();
        counts.putAll(FacetCounter.count(matching, List.copyOf(unpicked), columns()));
        for (int i = 0; i < picked.size(); i++) {
            cancel.check();
            BitSet scope = (BitSet) base.clone();
            scope.and(others[i]);
            counts.putAll(FacetCounter.count(scope, List.of(picked.get(i)), columns()));
        }
        return counts;
    }

    /** For each i, the intersection of all sets but the i-th (all rows when there is no other). */
    private static BitSet[] exceptEach(BitSet[] sets, int size) {
        int k = sets.length;
        BitSet[] out = new BitSet[k];
        BitSet prefix = new BitSet(size);
        prefix.set(0, size);
        for (int i = 0; i < k; i++) {
            out[i] = (BitSet) prefix.clone();
            prefix.and(sets[i]);
        }
        BitSet suffix = null;
        for (int i = k - 1; i >= 0; i--) {
            if (suffix != null) {
                out[i].and(suffix);
                suffix.and(sets[i]);
            } else {
                suffix = (BitSet) sets[i].clone();
            }
        }
        return out;
    }

    private BitSet timeRange(TimeRange range) {
        int size = store.size();
        BitSet out = new BitSet(size);
        if (range.isAll()) {
            out.set(0, size);
            return out;
        }
        long[] time = store.times();
        for (int row = 0; row < size; row++) {
            if (range.contains(time[row])) {
                out.set(row);
            }
        }
        return out;
    }

    private BitSet pickedRows(Facet facet, Set<String> picks) {
        String[] values = facetValues(facet);
        boolean[] mask = new boolean[values.length];
        for (int code = 1; code < mask.length; code++) {
            mask[code] = picks.contains(values[code]);
        }
        int[] codes = codes(facet);
        BitSet out = new BitSet(codes.length);
        for (int row = 0; row < codes.length; row++) {
            if (mask[codes[row]]) {
                out.set(row);
            }
        }
        return out;
    }

    /**
     * Reads what a facet needs before it can be counted or picked: nothing for a built-in facet; for a path facet,
     * the first time, the value at its path of every event (a scan of the raw events, reported to
     * {@code progress}); later calls return at once.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws EventTextUnavailableException when an event cannot be read (its file changed)
     */
    public void prepareFacet(Facet facet, ScanProgress progress, CancelSignal cancel) {
        if (facet instanceof PathFacet path) {
            pathFacets.of(path, progress, cancel);
        }
    }

    /** Whether counting or picking a facet would read raw events first. */
    public boolean needsScan(Facet facet) {
        return facet instanceof PathFacet path && !pathFacets.has(path);
    }

    FacetCounter.Columns columns() {
        return new FacetCounter.Columns() {
            @Override
            public int[] codes(Facet facet) {
                return SelectionEngine.this.codes(facet);
            }

            @Override
            public String[] values(Facet facet) {
                return facetValues(facet);
            }
        };
    }

    private int[] codes(Facet facet) {
        if (facet instanceof BuiltInFacet b) {
            return store.codes(b.column());
        }
        return pathFacets.of((PathFacet) facet, ScanProgress.NONE, CancelSignal.never()).codes();
    }

    private String[] facetValues(Facet facet) {
        if (facet instanceof BuiltInFacet b) {
            return facetValues.computeIfAbsent(b, f -> f.valuesByCode(store));
        }
        return pathFacets.of((PathFacet) facet, ScanProgress.NONE, CancelSignal.never()).values();
    }

    RowOrders orders() {
        return orders;
    }
}
