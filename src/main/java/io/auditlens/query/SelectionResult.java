package io.auditlens.query;

import io.auditlens.store.EventStore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of evaluating a {@link Selection}: the matching rows, disjunctive facet counts, and on request the
 * rows in any order, a histogram, or counts of further facets. Immutable as seen from outside; the on-request
 * parts are computed on the calling thread, so call them off the UI thread for large stores.
 */
public final class SelectionResult {

    private final SelectionEngine engine;
    private final Selection selection;
    private final RowSet rows;
    private final long[] words;
    private final int count;
    private final Map<Facet, FacetCounts> facets;
    private final Map<Facet, FacetCounts> extraFacets = Collections.synchronizedMap(new LinkedHashMap<>());

    SelectionResult(SelectionEngine engine, Selection selection, RowSet rows, Map<Facet, FacetCounts> facets) {
        this.engine = engine;
        this.selection = selection;
        this.rows = rows;
        this.words = java.util.Arrays.copyOf(rows.bits().toLongArray(), (rows.universe() + 63) >>> 6);
        this.count = rows.count();
        this.facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** The selection this result is for. */
    public Selection selection() {
        return selection;
    }

    /** The store the rows index. */
    public EventStore store() {
        return engine.store();
    }

    /** Rows matching the query, the time range and every facet's picks. */
    public RowSet rows() {
        return rows;
    }

    /** Number of matching rows. */
    public int count() {
        return count;
    }

    /**
     * Counts of {@link Facet#PANEL} and of every picked facet. A picked facet is counted over the events that match
     * everything but its own picks, so its other values show what picking them too would add.
     */
    public Map<Facet, FacetCounts> facets() {
        return facets;
    }

    /**
     * Counts of any facet; one not in {@link #facets()} is counted now over the matching rows (a path facet not
     * read before reads the raw events first: see {@link SelectionEngine#prepareFacet}).
     */
    public FacetCounts facet(Facet facet) {
        FacetCounts known = facets.get(facet);
        if (known != null) {
            return known;
        }
        return extraFacets.computeIfAbsent(facet, f ->
                FacetCounter.count(rows.bits(), List.of(f), engine.columns()).get(f));
    }

    /** The matching rows sorted by a field (ties by time, then load order), or in reverse of that order. */
    public int[] sortedRows(EventField sortBy, boolean descending) {
        int[] order = engine.orders().ascending(sortBy);
        int[] out = new int[count];
        if (count == order.length) {
            System.arraycopy(order, 0, out, 0, count);
        } else {
            int n = 0;
            for (int row : order) {
                if ((words[row >>> 6] & (1L << row)) != 0) {
                    out[n++] = row;
                }
            }
        }
        if (descending) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                int t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    /** The matching rows per bar of the given size and per outcome, over the selection's time range if bounded. */
    public Histogram histogram(BucketSize size) {
        return Histogram.of(engine.store(), rows.bits(), size, selection.range());
    }

    /** The figures {@code summarize} prints for the matching rows. */
    public Summary summary() {
        return Summary.of(engine.store(), rows);
    }
}
