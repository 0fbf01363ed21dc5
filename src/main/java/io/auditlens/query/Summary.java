package io.auditlens.query;

import io.auditlens.event.ActionCatalog;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures {@code summarize} prints for a set of rows: how many events and distinct digests, the time range,
 * and counts per region, action, category, outcome, severity and vulnerability status.
 */
public record Summary(long events, long digests, long firstTime, long lastTime, Map<String, FacetCounts> facets) {

    /** Facets in the order of the {@code summarize --json} schema. */
    public static final String[] FACETS = {"region", "action", "category", "outcome", "severity", "status"};

    /** Whether there is a time range (at least one event). */
    public boolean hasTimeRange() {
        return events > 0;
    }

    /** Computes the summary of the given rows in one pass over the columns involved. */
    public static Summary of(EventStore store, RowSet rows) {
        int[] region = store.codes(EventColumn.REGION);
        int[] action = store.codes(EventColumn.ACTION);
        int[] outcome = store.codes(EventColumn.OUTCOME);
        int[] severity = store.codes(EventColumn.SEVERITY);
        int[] status = store.codes(EventColumn.STATUS);
        int[] digest = store.codes(EventColumn.DIGEST);
        long[] time = store.times();
        long[] regionCounts = new long[store.dictionary(EventColumn.REGION).size()];
        long[] actionCounts = new long[store.dictionary(EventColumn.ACTION).size()];
        long[] outcomeCounts = new long[store.dictionary(EventColumn.OUTCOME).size()];
        long[] severityCounts = new long[store.dictionary(EventColumn.SEVERITY).size()];
        long[] statusCounts = new long[store.dictionary(EventColumn.STATUS).size()];
        java.util.BitSet digests = new java.util.BitSet(store.dictionary(EventColumn.DIGEST).size());
        long events = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int row = rows.next(0); row >= 0; row = rows.next(row + 1)) {
            events++;
            regionCounts[region[row]]++;
            actionCounts[action[row]]++;
            outcomeCounts[outcome[row]]++;
            severityCounts[severity[row]]++;
            statusCounts[status[row]]++;
            digests.set(digest[row]);
            first = Math.min(first, time[row]);
            last = Math.max(last, time[row]);
        }
        digests.clear(0);
        Map<String, FacetCounts> facets = new LinkedHashMap<>();
        facets.put("region", counts(store, EventColumn.REGION, "region", regionCounts));
        facets.put("action", counts(store, EventColumn.ACTION, "action", actionCounts));
        facets.put("category", categories(store.dictionary(EventColumn.ACTION), actionCounts));
        facets.put("outcome", counts(store, EventColumn.OUTCOME, "outcome", outcomeCounts));
        facets.put("severity", counts(store, EventColumn.SEVERITY, "severity", severityCounts));
        facets.put("status", counts(store, EventColumn.STATUS, "status", statusCounts));
        return new Summary(events, digests.cardinality(), first, last, facets);
    }

    private static FacetCounts counts(EventStore store, EventColumn column, String facet, long[] byCode) {
        return FacetCounts.fromCodes(facet, byCode, store.dictionary(column)::value);
    }

    private static FacetCounts categories(Dictionary actions, long[] actionCounts) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (int code = 1; code < actionCounts.length; code++) {
            if (actionCounts[code] > 0) {
                byCategory.merge(ActionCatalog.categoryOf(actions.value(code)).id(), actionCounts[code], Long::sum);
            }
        }
        return FacetCounts.fromMap("category", byCategory);
    }
}
