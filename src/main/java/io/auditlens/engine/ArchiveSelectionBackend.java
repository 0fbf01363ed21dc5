package io.auditlens.engine;

import io.auditlens.findings.Rule;
import io.auditlens.findings.WorkingHours;
import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.RowAnnotations;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.TimeRange;
import io.auditlens.task.CancelSignal;
import io.auditlens.timeline.DigestLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Archive mode behind the window's seam: every request runs as SQL on an engine over an index, giving the counts,
 * histogram, (paged) rows, digest list and digest timelines the in-memory backend gives for the same events; table
 * pages and timelines run on a second connection, so they do not wait for a long count. Labels and notes live in the window's
 * case, not in the index, so terms on them are refused rather than answered wrongly.
 */
public final class ArchiveSelectionBackend implements SelectionBackend, AutoCloseable {

    // As the in-memory backend: about one bar per six pixels of a typical histogram width.
    private static final int TARGET_BARS = 120;

    private final QueryEngine engine;
    private final QueryEngine pagesEngine;
    private final ArchiveSelection archive;
    private final ArchiveDigests digests;
    private final long total;
    private final TimeRange span;
    private final Map<Facet, List<String>> facetValues;
    // Every facet counted over the whole index when it was opened: a facet's first pick needs no scan to recount it.
    private final Map<Facet, FacetCounts> countsOfAll;
    private final Path temporaryIndex;
    private FacetCache cache;
    private boolean closed;

    private ArchiveSelectionBackend(QueryEngine engine, QueryEngine pagesEngine, long total, TimeRange span,
                                    Map<Facet, List<String>> facetValues, Map<Facet, FacetCounts> countsOfAll,
                                    Path temporaryIndex) {
        this.countsOfAll = Map.copyOf(countsOfAll);
        this.engine = engine;
        this.pagesEngine = pagesEngine;
        this.temporaryIndex = temporaryIndex;
        this.archive = new ArchiveSelection(engine);
        this.digests = new ArchiveDigests(engine, pagesEngine, archive.queries());
        this.total = total;
        this.span = span;
        this.facetValues = facetValues;
    }

    /**
     * Binds to an open engine, counting the whole index once for its size, span and facet values.
     *
     * @param temporaryIndex an index made by {@link TemporaryIndex#create} for this backend alone, deleted when it
     *                       closes; null for none
     */
    public static ArchiveSelectionBackend over(QueryEngine engine, Path temporaryIndex, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        ArchiveSelection archive = new ArchiveSelection(engine);
        Totals all = totals(engine, archive.queries(), Selection.all(), cancel);
        Map<Facet, List<String>> values = new LinkedHashMap<>();
        Map<Facet, FacetCounts> ofAll = archive.facets(Selection.all(), new ArrayList<>(FACETS), cancel);
        ofAll.forEach((facet, counts) ->
                values.put(facet, counts.entries().stream().map(FacetCounts.Entry::value).sorted().toList()));
        TimeRange span = all.events == 0 ? TimeRange.ALL : new TimeRange(all.first, all.last + 1);
        return new ArchiveSelectionBackend(engine, engine.companion(), all.events, span, values, ofAll,
                temporaryIndex);
    }

    /** The engine's name as the window shows it. */
    public String engineName() {
        return engine.dialect() == SqlDialect.DUCKDB ? "DuckDB" : "Spark";
    }

    /** Events in the index. */
    public long total() {
        return total;
    }

    /** The values present in each facet of {@link #FACETS}, sorted. */
    public Map<Facet, List<String>> facetValues() {
        return facetValues;
    }

    @Override
    public SelectionResult evaluate(SelectionRequest request, ScanProgress progress, CancelSignal cancel)
            throws QuerySyntaxException, UnsupportedSelectionException {
        long started = System.nanoTime();
        Selection selection = request.toSelection();
        try {
            // The histogram's scan also counts the matching events and their span: no statement of their own.
            BucketSize size = barSize(request.range());
            ArchiveSelection.Bars bars = size == null ? new ArchiveSelection.Bars(List.of(), 0, 0, 0)
                    : archive.histogram(selection, size, cancel);
            Map<Facet, FacetCounts> counts = archive.facets(selection, new ArrayList<>(FACETS), countsOfAll, cancel);
            HistogramData histogram = histogram(selection.range(), size, bars);
            ArchivePages pages = new ArchivePages(pagesEngine,
                    archive.pageKeyQueriesFor(selection, request.sort().field()), archive.queries(), selection,
                    request.sort(), bars.events());
            return SelectionResult.paged(request, pages, (int) total, counts, histogram, System.nanoTime() - started);
        } catch (IndexException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Labels and notes are not in the index: a request using them is refused by the SQL compiler. */
    @Override
    public SelectionResult evaluate(SelectionRequest request, RowAnnotations annotations, ScanProgress progress,
                                    CancelSignal cancel) throws QuerySyntaxException, UnsupportedSelectionException {
        return evaluate(request, progress, cancel);
    }

    @Override
    public List<DigestLine> digests(SelectionResult result, int slices, ScanProgress progress, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException, QuerySyntaxException {
        return digests.list(result.request().toSelection(), slices, progress, cancel);
    }

    @Override
    public DigestEvents digestEvents(String digest, SelectionResult result, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException, QuerySyntaxException {
        return digests.events(digest, result == null ? Selection.all() : result.request().toSelection(), cancel);
    }

    /**
     * Runs the rules over the index on a connection of their own, so counts and pages go on meanwhile; the caller
     * closes the result.
     */
    public ArchiveFindings.Result findings(List<Rule> rules, WorkingHours hours, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        try (QueryEngine own = engine.another()) {
            return new ArchiveFindings(own).run(rules, hours, cancel);
        }
    }

    /** The store is empty in archive mode (no rows to walk): the surrounding events come from a load. */
    @Override
    public int[] timeOrder() {
        return new int[0];
    }

    /**
     * On DuckDB, copies the facet columns into a compact table ({@link FacetCache}) that later clicks count from;
     * until it is ready (or when it cannot be made) they count from the index, with the same results.
     */
    @Override
    public void prepare(List<EventField> sortFields, CancelSignal cancel) {
        if (!(engine instanceof DuckDbEngine duck)) {
            return;
        }
        try {
            FacetCache made = FacetCache.build(duck, FACETS, cancel);
            synchronized (this) {
                if (closed) {
                    made.close();
                    return;
                }
                cache = made;
            }
            archive.useCache(made);
        } catch (IndexException | UnsupportedSelectionException | java.util.concurrent.CancellationException e) {
            // Clicks keep counting from the index's Parquet files: slower, and the same.
        }
    }

    /** Whether {@link #prepare} has made the facet cache, which clicks without query terms now count from. */
    public synchronized boolean countsFromFacetCache() {
        return cache != null;
    }

    /** The statements a histogram of the selection runs: on the facet cache once it is ready and covers them. */
    ArchiveQueries queriesFor(Selection selection) {
        return archive.queriesFor(selection, List.of());
    }

    /** The statements that sort a page's keys for the selection: on the facet cache when it covers them. */
    ArchiveQueries pageKeyQueriesFor(Selection selection, EventField sortBy) {
        return archive.pageKeyQueriesFor(selection, sortBy);
    }

    /** Closes the engine and deletes a temporary index. */
    @Override
    public void close() {
        engine.close();
        synchronized (this) {
            closed = true;
            if (cache != null) {
                cache.close();
            }
        }
        TemporaryIndex.delete(temporaryIndex);
    }

    private record Totals(long events, long first, long last) {
    }

    private static Totals totals(QueryEngine engine, ArchiveQueries queries, Selection selection, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<Object> row = engine.rows(queries.bounds(selection), cancel).get(0);
        long events = ((Number) row.get(0)).longValue();
        return events == 0 ? new Totals(0, 0, 0)
                : new Totals(events, ((Number) row.get(1)).longValue(), ((Number) row.get(2)).longValue());
    }

    /** The bars' width for a requested range: one that fits it (or the whole index); null for an empty index. */
    private BucketSize barSize(TimeRange requested) {
        if (span.isAll()) {
            return null;
        }
        TimeRange fitted = requested.isBounded() ? requested : span;
        return BucketSize.fitting(fitted.from(), fitted.until(), TARGET_BARS);
    }

    /**
     * Bars as the in-memory engine draws them: they span the range when bounded on both sides, else the matching
     * events; outcomes largest first, then by name.
     */
    private static HistogramData histogram(TimeRange range, BucketSize size, ArchiveSelection.Bars counted) {
        if (size == null || (!range.isBounded() && counted.events() == 0)) {
            return HistogramData.EMPTY;
        }
        long from = range.isBounded() ? range.from() : range.from() == Long.MIN_VALUE ? counted.first() : range.from();
        long until = range.isBounded() ? range.until()
                : range.until() == Long.MAX_VALUE ? counted.last() + 1 : range.until();
        int bars = (int) size.count(from, until);
        long[] bounds = new long[bars + 1];
        bounds[0] = size.floor(from);
        for (int b = 1; b < bounds.length; b++) {
            bounds[b] = size.next(bounds[b - 1]);
        }
        Map<String, long[]> byOutcome = new LinkedHashMap<>();
        for (ArchiveSelection.Bar bar : counted.bars()) {
            int b = java.util.Arrays.binarySearch(bounds, bar.start());
            if (b >= 0 && b < bars) {
                byOutcome.computeIfAbsent(bar.outcome(), o -> new long[bars])[b] += bar.events();
            }
        }
        List<String> series = new ArrayList<>(byOutcome.keySet());
        series.removeIf(o -> java.util.Arrays.stream(byOutcome.get(o)).sum() == 0);
        series.sort(Comparator.<String>comparingLong(o -> -java.util.Arrays.stream(byOutcome.get(o)).sum())
                .thenComparing(o -> o));
        long[][] counts = new long[series.size()][];
        for (int s = 0; s < series.size(); s++) {
            counts[s] = byOutcome.get(series.get(s));
        }
        String width = size.label();
        return new HistogramData(bounds, List.copyOf(series), counts,
                Character.isDigit(width.charAt(0)) ? width : "1 " + width);
    }
}
