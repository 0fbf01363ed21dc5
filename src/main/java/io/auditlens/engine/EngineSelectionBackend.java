package io.auditlens.engine;

import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.task.CancelSignal;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Histogram;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowAnnotations;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.RowSet;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.Summary;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.timeline.DigestActivity;
import io.auditlens.timeline.DigestLine;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the window to the {@link SelectionEngine}: a request becomes a {@link Selection}; the answer is the
 * engine's matching rows in the table's order, its disjunctive counts of the sidebar's facets and its histogram.
 */
public final class EngineSelectionBackend implements SelectionBackend {

    // About one bar per six pixels of a typical histogram width.
    private static final int TARGET_BARS = 120;

    private final SelectionEngine engine;
    private final TimeRange span;
    private final io.auditlens.query.SelectionResult everything;

    public EngineSelectionBackend(EventStore store, RawEvents raw) {
        this.engine = new SelectionEngine(store, raw);
        this.everything = engine.evaluate(Selection.all());
        Summary all = everything.summary();
        this.span = all.hasTimeRange() ? new TimeRange(all.firstTime(), all.lastTime() + 1) : TimeRange.ALL;
    }

    @Override
    public SelectionResult evaluate(SelectionRequest request, ScanProgress progress, CancelSignal cancel)
            throws QuerySyntaxException {
        return evaluate(request, RowAnnotations.NONE, progress, cancel);
    }

    @Override
    public SelectionResult evaluate(SelectionRequest request, RowAnnotations annotations, ScanProgress progress,
                                    CancelSignal cancel) throws QuerySyntaxException {
        long started = System.nanoTime();
        io.auditlens.query.SelectionResult answer = engine.evaluate(request.toSelection(), annotations, progress,
                cancel);
        int[] rows = answer.sortedRows(request.sort().field(), !request.sort().ascending());
        Map<Facet, FacetCounts> counts = new LinkedHashMap<>();
        for (Facet facet : FACETS) {
            counts.put(facet, answer.facet(facet));
        }
        for (Facet facet : request.extraFacets()) {
            // An added path facet is read the first time here, with progress, and can be cancelled.
            engine.prepareFacet(facet, progress, cancel);
            counts.put(facet, answer.facet(facet));
        }
        TimeRange bars = request.range().isBounded() ? request.range() : span;
        HistogramData histogram = span.isAll() ? HistogramData.EMPTY
                : histogramData(answer.histogram(BucketSize.fitting(bars.from(), bars.until(), TARGET_BARS)));
        histogram = histogram.withLabelled(labelledPerBar(histogram, answer, annotations));
        return SelectionResult.of(request, rows, engine.store().size(), counts, histogram,
                System.nanoTime() - started);
    }

    @Override
    public Optional<FacetCounts> countsOfAll(Facet facet) {
        return engine.needsScan(facet) ? Optional.empty() : Optional.of(everything.facet(facet));
    }

    @Override
    public List<DigestLine> digests(SelectionResult result, int slices, ScanProgress progress, CancelSignal cancel) {
        EventStore store = engine.store();
        RowSet scope = SelectionRows.of(result, store.size());
        DigestList list = DigestList.of(store, scope);
        DigestActivity activity = DigestActivity.of(store, scope, slices);
        List<DigestLine> out = new ArrayList<>(list.size());
        for (DigestSummary s : list.digests()) {
            out.add(new DigestLine(s, activity.counts(s.digest())));
        }
        return out;
    }

    @Override
    public DigestEvents digestEvents(String digest, SelectionResult result, CancelSignal cancel) {
        EventStore store = engine.store();
        return DigestEvents.loaded(store, result == null ? RowSet.all(store.size())
                : SelectionRows.of(result, store.size()));
    }

    @Override
    public int[] timeOrder() {
        return engine.timeOrder();
    }

    @Override
    public void prepare(List<EventField> sortFields, CancelSignal cancel) {
        engine.prepare(sortFields, cancel);
    }

    // Labelled rows are few, so this costs their number, not the selection's.
    private long[] labelledPerBar(HistogramData histogram, io.auditlens.query.SelectionResult answer,
                                  RowAnnotations annotations) {
        long[] labelled = new long[histogram.buckets()];
        for (int row : annotations.annotatedRows()) {
            if (!annotations.labels(row).isEmpty() && answer.rows().contains(row)) {
                int bar = histogram.bucketOf(engine.store().time(row));
                if (bar >= 0) {
                    labelled[bar]++;
                }
            }
        }
        return labelled;
    }

    private static HistogramData histogramData(Histogram h) {
        int bars = h.buckets();
        long[] bounds = new long[bars + 1];
        for (int b = 0; b < bars; b++) {
            bounds[b] = h.start(b);
        }
        if (bars > 0) {
            bounds[bars] = h.end(bars - 1);
        }
        List<String> series = h.outcomes();
        long[][] counts = new long[series.size()][bars];
        for (int s = 0; s < series.size(); s++) {
            for (int b = 0; b < bars; b++) {
                counts[s][b] = h.count(s, b);
            }
        }
        String width = h.bucketSize().label();
        return new HistogramData(bounds, series, counts, Character.isDigit(width.charAt(0)) ? width : "1 " + width);
    }
}
