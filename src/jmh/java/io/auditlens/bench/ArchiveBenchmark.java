package io.auditlens.bench;

import io.auditlens.engine.ArchiveSelectionBackend;
import io.auditlens.engine.EngineChoice;
import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SelectionResult;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the window asks in archive mode, against the same asked of the in-memory engine: a facet click, a free-text
 * query and a zoom of the histogram to one week, each answered as the window needs it (the total, every panel
 * facet's disjunctive counts, the histogram and the first page of rows). {@code engine=duckdb} reads the index
 * named by {@code index}; {@code engine=spark} the same on Spark {@code local[2]} (run with the Spark profile's class
 * path, on a JDK Spark supports); {@code engine=memory} loads {@code events} (the same events as JSON Lines) first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:MaxRAMPercentage=60"})
public class ArchiveBenchmark {

    private static final int FIRST_PAGE = 200;
    private static final long WEEK_MILLIS = 7L * 24 * 3_600_000L;

    @Param({"duckdb", "memory"})
    public String engine;

    @Param("bench-data/index-1m")
    public String index;

    @Param("bench-data/events-1m.ndjson")
    public String events;

    /** Whether the backend is prepared as the window prepares it after opening (on DuckDB: the facet cache). */
    @Param({"true", "false"})
    public boolean prepared;

    private SelectionBackend backend;
    private SelectionRequest facetClick;
    private SelectionRequest freeText;
    private SelectionRequest weekZoom;

    @Setup(Level.Trial)
    public void open() throws Exception {
        if (engine.equals("memory")) {
            EventStore store = BenchEvents.load(events);
            backend = new EngineSelectionBackend(store, new RawEvents(store));
        } else {
            backend = ArchiveSelectionBackend.over(
                    new EngineChoice(engine, engine.equals("spark") ? "local[2]" : null).open(Path.of(index)), null,
                    CancelSignal.never());
        }
        if (prepared) {
            backend.prepare(java.util.List.of(), CancelSignal.never());
        }
        var everything = backend.evaluate(SelectionRequest.ALL, ScanProgress.NONE, CancelSignal.never());
        FacetCounts actions = everything.facets().get(Facet.ACTION);
        // The busiest action picked, as a first click on the Actions facet would.
        facetClick = SelectionRequest.ALL.withPicks(Facet.ACTION, Set.of(actions.entries().get(0).value()));
        freeText = SelectionRequest.ALL.withQuery("\"team-web/api\"");
        long first = everything.histogram().start();
        weekZoom = SelectionRequest.ALL.withRange(new TimeRange(first, first + WEEK_MILLIS));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (backend instanceof AutoCloseable archive) {
            archive.close();
        }
    }

    /** One pick on the Actions facet: every facet recounted, the histogram, and the table's first 200 rows. */
    @Benchmark
    public long facetClick() throws Exception {
        SelectionResult result = backend.evaluate(facetClick, ScanProgress.NONE, CancelSignal.never());
        return result.isPaged() ? result.pages().page(0, FIRST_PAGE, CancelSignal.never()).size()
                : Math.min(FIRST_PAGE, result.rows().length);
    }

    /** A quoted substring searched in message, action, target and initiator. */
    @Benchmark
    public long freeTextQuery() throws Exception {
        return backend.evaluate(freeText, ScanProgress.NONE, CancelSignal.never()).matching();
    }

    /** The histogram zoomed to the first week: its bars re-bucketed, with the counts for that range. */
    @Benchmark
    public long histogramWeek() throws Exception {
        return backend.evaluate(weekZoom, ScanProgress.NONE, CancelSignal.never()).matching();
    }
}
