package io.auditlens.bench;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.fields.FieldInventory;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.PathFacet;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.suggest.QuerySuggester;
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
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The query bar's completion and the facets added from the Fields list, on a million generated events: one
 * keystroke's suggestions, the first count of a path facet against the first scan of a JSON-path term (both read
 * every event's original JSON), later recounts with a pick on the path facet, and the Fields list's whole scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class FieldsBenchmark {

    private static final String PATH = "requestData.RequestParameters.signatureMethod";
    private static final String PATH_TERM = PATH + ":\"Red Hat Signing\"";

    @Param("bench-data/events-1m.ndjson")
    public String file;

    private EventStore store;
    private RawEvents raw;
    private SelectionEngine engine;
    private Selection pickedOnPath;

    @Setup(Level.Trial)
    public void load() throws IOException, QuerySyntaxException {
        store = BenchEvents.load(file);
        raw = new RawEvents(store);
        engine = new SelectionEngine(store, raw);
        PathFacet facet = PathFacet.parse(PATH).orElseThrow();
        FacetCounts methods = engine.evaluate(Selection.all()).facet(facet);
        FacetCounts regions = engine.evaluate(Selection.all()).facet(Facet.REGION);
        pickedOnPath = Selection.of("category:image-data OR category:image-management")
                .withPicks(facet, Set.of(methods.entries().get(0).value()))
                .withPicks(Facet.REGION, Set.of(regions.entries().get(0).value()));
    }

    /**
     * What one keystroke asks: the suggestions for the text typed so far, caret at its end, once the Fields list
     * has read the events and the suggester has prepared its fields (as the window does after a load).
     */
    @State(Scope.Thread)
    public static class Typed {

        @Param({"act", "action:", "action:image.p", "message:\"Container Registry: p", "message:zzq", "tag:1",
                "initiator:", "ip:19", "agent", "initiator.host.agent:", "target:us.icr.io/"})
        public String text;

        QuerySuggester suggester;

        @Setup(Level.Trial)
        public void prepare(FieldsBenchmark bench) {
            EngineSelectionBackend backend = new EngineSelectionBackend(bench.store, bench.raw);
            FieldInventory fields = FieldInventory.scan(bench.store, bench.raw, backend::countsOfAll,
                    ScanProgress.NONE, CancelSignal.never());
            suggester = new QuerySuggester(f -> backend.countsOfAll(f).or(() -> fields.values(f)), fields::paths);
            suggester.prepare();
        }
    }

    @Benchmark
    public int suggestOneKeystroke(Typed typed) {
        return typed.suggester.suggest(typed.text, typed.text.length(), false).items().size();
    }

    /** A fresh engine, so the first read of raw events is measured. */
    @State(Scope.Thread)
    public static class FreshEngine {

        SelectionEngine engine;

        @Setup(Level.Invocation)
        public void fresh(FieldsBenchmark bench) {
            engine = new SelectionEngine(bench.store, bench.raw);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 4)
    public int jsonPathTermFirstScan(FreshEngine state) throws QuerySyntaxException {
        return state.engine.evaluate(Selection.of(PATH_TERM)).count();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 4)
    public int pathFacetFirstCount(FreshEngine state) {
        PathFacet facet = PathFacet.parse(PATH).orElseThrow();
        state.engine.prepareFacet(facet, ScanProgress.NONE, CancelSignal.never());
        return state.engine.evaluate(Selection.all()).facet(facet).entries().size();
    }

    /** Every panel facet and the path facet recounted (disjunctively) with a pick on the path and a region. */
    @Benchmark
    public int recountWithAPathFacetPick() {
        return engine.evaluate(pickedOnPath).facets().size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int fieldsListScan() {
        return FieldInventory.scan(store, raw, f -> java.util.Optional.empty(), ScanProgress.NONE,
                CancelSignal.never()).fields().size();
    }
}
