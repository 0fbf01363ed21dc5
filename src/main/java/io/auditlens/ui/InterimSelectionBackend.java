package io.auditlens.ui;

import io.auditlens.query.FacetCounts;
import io.auditlens.query.QueryParser;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowSet;
import io.auditlens.query.Summary;
import io.auditlens.store.EventStore;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stands in for the selection engine until it is bound: every event in time order, the store-wide counts of
 * {@link Summary}, query syntax checked by the parser. Picks, time range and query do not narrow anything here.
 */
final class InterimSelectionBackend implements SelectionBackend {

    private final EventStore store;
    private final int[] byTime;
    private final Map<FacetKind, FacetCounts> counts;

    InterimSelectionBackend(EventStore store) {
        this.store = store;
        long[] time = store.times();
        this.byTime = IntStream.range(0, store.size()).boxed()
                .sorted(Comparator.comparingLong(row -> time[row]))
                .mapToInt(Integer::intValue).toArray();
        Summary summary = Summary.of(store, RowSet.all(store.size()));
        Map<FacetKind, FacetCounts> map = new EnumMap<>(FacetKind.class);
        for (FacetKind facet : FacetKind.values()) {
            FacetCounts c = summary.facets().get(facet.column().key());
            if (c != null) {
                map.put(facet, c);
            }
        }
        this.counts = Map.copyOf(map);
    }

    @Override
    public java.util.Set<EventTableColumn> sortableFields() {
        return java.util.EnumSet.of(EventTableColumn.TIME);
    }

    @Override
    public SelectionResult evaluate(SelectionRequest request) throws QuerySyntaxException {
        long started = System.nanoTime();
        QueryParser.parse(request.query());
        int[] rows = byTime;
        if (!request.sort().ascending()) {
            rows = new int[byTime.length];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = byTime[byTime.length - 1 - i];
            }
        }
        return SelectionResult.of(request, rows, store.size(), counts, HistogramData.EMPTY,
                System.nanoTime() - started);
    }
}
