package io.auditlens.engine;

import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.query.Summary;
import io.auditlens.task.CancelSignal;
import io.auditlens.timeline.DigestList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A selection evaluated on an engine over an index: the same {@link Summary} and {@link FacetCounts} values the
 * in-memory engine gives, so everything that prints or shows them works unchanged in archive mode.
 */
public final class ArchiveSelection {

    /** One histogram bar's count for one outcome ("" for events without one). */
    public record Bar(long start, String outcome, long events) {
    }

    private final QueryEngine engine;
    private final ArchiveQueries queries;
    private final ArchiveQueries cachedQueries;
    private volatile FacetCache cache;

    public ArchiveSelection(QueryEngine engine) {
        this.engine = engine;
        SelectionSql sql = new SelectionSql(engine.dialect());
        this.queries = new ArchiveQueries(sql, engine.table());
        this.cachedQueries = new ArchiveQueries(sql, FacetCache.TABLE);
    }

    /** From now on, counts the cache covers are read from it. */
    void useCache(FacetCache ready) {
        cache = ready;
    }

    /** The statements for counting {@code facets} (or a histogram, for none) over the selection. */
    ArchiveQueries queriesFor(Selection selection, List<Facet> facets) {
        FacetCache ready = cache;
        return ready != null && ready.covers(selection, facets) ? cachedQueries : queries;
    }

    /** The statements for the keys of a page of the selection sorted by {@code field}. */
    ArchiveQueries pageKeyQueriesFor(Selection selection, EventField field) {
        FacetCache ready = cache;
        return ready != null && ready.coversPage(selection, field) ? cachedQueries : queries;
    }

    /** The statements this engine runs. */
    public ArchiveQueries queries() {
        return queries;
    }

    /** What {@code summarize} prints for the selection. */
    public Summary summary(Selection selection, CancelSignal cancel) throws IndexException, UnsupportedSelectionException {
        List<Object> totals = engine.rows(queries.totals(selection), cancel).get(0);
        long events = number(totals.get(0));
        long digests = number(totals.get(1));
        long first = events == 0 ? Long.MAX_VALUE : number(totals.get(2));
        long last = events == 0 ? Long.MIN_VALUE : number(totals.get(3));
        List<Map<String, Long>> byColumn = counts(engine.rows(queries.summaryFacets(selection), cancel),
                Summary.FACETS.length);
        Map<String, FacetCounts> facets = new LinkedHashMap<>();
        for (int i = 0; i < Summary.FACETS.length; i++) {
            facets.put(Summary.FACETS[i], FacetCounts.fromMap(Summary.FACETS[i], byColumn.get(i)));
        }
        return new Summary(events, digests, first, last, facets);
    }

    /** What {@code digests} lists for the selection, counted by the engine. */
    public DigestList digests(Selection selection, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        return new ArchiveDigests(engine, engine, queries).summaries(selection, ScanProgress.NONE, cancel);
    }

    /** Disjunctive counts of the given facets: each over the selection without its own picks. */
    public Map<Facet, FacetCounts> facets(Selection selection, List<Facet> facets, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        return facets(selection, facets, Map.of(), cancel);
    }

    /**
     * As {@link #facets(Selection, List, CancelSignal)}, taking a facet counted over every event from {@code ofAll}
     * rather than from the engine when {@code ofAll} holds it: a first pick in a facet recounts it over the whole
     * index, which does not change while it is open.
     */
    public Map<Facet, FacetCounts> facets(Selection selection, List<Facet> facets, Map<Facet, FacetCounts> ofAll,
                                          CancelSignal cancel) throws IndexException, UnsupportedSelectionException {
        Map<Facet, FacetCounts> counted = new LinkedHashMap<>();
        for (ArchiveQueries.FacetStatement st : queriesFor(selection, facets).facetCounts(selection, facets)) {
            if (st.overAll() && ofAll.keySet().containsAll(st.facets())) {
                st.facets().forEach(f -> counted.put(f, ofAll.get(f)));
                continue;
            }
            List<Map<String, Long>> byColumn = counts(engine.rows(st.sql(), cancel), st.facets().size());
            for (int i = 0; i < st.facets().size(); i++) {
                Facet f = st.facets().get(i);
                counted.put(f, FacetCounts.fromMap(f.key(), byColumn.get(i)));
            }
        }
        Map<Facet, FacetCounts> out = new LinkedHashMap<>();
        facets.forEach(f -> out.put(f, counted.get(f)));
        return out;
    }

    /**
     * Histogram bars and what they count: the bars in time order, then by outcome, and the selection's events with
     * their first and last time (both 0 when there are none).
     */
    public record Bars(List<Bar> bars, long events, long first, long last) {
    }

    /**
     * Histogram bars per outcome in time order, counted in one scan with the selection's totals; month bars are
     * folded from days here.
     */
    public Bars histogram(Selection selection, BucketSize size, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        Map<Long, Map<String, Long>> folded = new TreeMap<>();
        long events = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (List<Object> row : engine.rows(queriesFor(selection, List.of()).histogram(selection, size), cancel)) {
            long start = size.floor(number(row.get(0)));
            String outcome = row.get(1) == null ? "" : row.get(1).toString();
            folded.computeIfAbsent(start, k -> new TreeMap<>()).merge(outcome, number(row.get(2)), Long::sum);
            events += number(row.get(2));
            first = Math.min(first, number(row.get(3)));
            last = Math.max(last, number(row.get(4)));
        }
        List<Bar> bars = new ArrayList<>();
        folded.forEach((start, outcomes) -> outcomes.forEach((o, n) -> bars.add(new Bar(start, o, n))));
        return events == 0 ? new Bars(bars, 0, 0, 0) : new Bars(bars, events, first, last);
    }

    /** Hands the original JSON text of every event of the selection, in time order then load order, to a consumer. */
    public void forEachEventJson(Selection selection, CancelSignal cancel, Consumer<String> consumer)
            throws IndexException, UnsupportedSelectionException {
        engine.stream(queries.eventJson(selection, 0, -1), cancel, row -> consumer.accept((String) row.get(0)));
    }

    /** The original JSON text of a page of the selection's events, in time order then load order. */
    public List<String> eventJson(Selection selection, long offset, int limit, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<String> out = new ArrayList<>();
        for (List<Object> row : engine.rows(queries.eventJson(selection, offset, limit), cancel)) {
            out.add((String) row.get(0));
        }
        return out;
    }

    /**
     * Value counts per column of grouping-set rows: a row counts the one column that holds a value. A row with
     * none is the group of events without a value, which facets leave out.
     */
    private static List<Map<String, Long>> counts(List<List<Object>> rows, int columns) {
        List<Map<String, Long>> out = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            out.add(new LinkedHashMap<>());
        }
        for (List<Object> row : rows) {
            for (int i = 0; i < columns; i++) {
                if (row.get(i) != null) {
                    out.get(i).merge(row.get(i).toString(), number(row.get(columns)), Long::sum);
                    break;
                }
            }
        }
        return out;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
