package io.auditlens.bench;

import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowSet;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;
import io.auditlens.timeline.DigestTimeline;
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
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The engine's interactive operations on a million generated events: recounting facets with picks, free text,
 * sorting, a digest's timeline and the digest list. The events file is generated on first use (seed 42) unless
 * {@code -p file=...} names one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class SelectionBenchmark {

    private static final String JSON_PATH_QUERY = "requestData.RequestParameters.signatureMethod:\"Red Hat Signing\"";

    @Param("bench-data/events-1m.ndjson")
    public String file;

    private EventStore store;
    private SelectionEngine engine;
    private Selection threePicks;
    private Selection freeText;
    private RowSet all;
    private String busiestDigest;

    @Setup(Level.Trial)
    public void load() throws IOException, QuerySyntaxException {
        store = BenchEvents.load(file);
        engine = new SelectionEngine(store);
        SelectionResult everything = engine.evaluate(Selection.all());
        all = everything.rows();
        FacetCounts regions = everything.facets().get(Facet.REGION);
        FacetCounts namespaces = everything.facets().get(Facet.NAMESPACE);
        // A typical drill-down: a query, two regions, one outcome and one namespace picked.
        threePicks = Selection.of("category:image-data")
                .withPicks(Facet.REGION, Set.of(regions.entries().get(0).value(), regions.entries().get(1).value()))
                .withPicks(Facet.OUTCOME, Set.of("success"))
                .withPicks(Facet.NAMESPACE, Set.of(namespaces.entries().get(0).value()));
        freeText = Selection.of("\"team-web/api\"");
        engine.evaluate(freeText);
        busiestDigest = DigestList.of(store, all).digests().stream()
                .max(Comparator.comparingLong(DigestSummary::events)).orElseThrow().digest();
    }

    /** Every panel facet recounted (disjunctively) plus the matching rows in time order, newest first. */
    @Benchmark
    public int facetsAndRowsWithThreePicks() {
        SelectionResult r = engine.evaluate(threePicks);
        return r.sortedRows(EventField.TIME, true).length + r.facets().size();
    }

    /** A substring of message, action, target or initiator, with all facet counts. */
    @Benchmark
    public int freeTextQuery() {
        return engine.evaluate(freeText).count();
    }

    /** The full timeline of the digest with the most events. */
    @Benchmark
    public int digestTimeline() {
        return DigestTimeline.of(store, busiestDigest, all).size();
    }

    /** The digest list of every event. */
    @Benchmark
    public int digestList() {
        return DigestList.of(store, all).size();
    }

    /** A JSON-path term answered by reading every event's original JSON from disk, on all cores. */
    @State(Scope.Thread)
    public static class FreshEngine {

        SelectionEngine engine;

        @Setup(Level.Invocation)
        public void fresh(SelectionBenchmark bench) {
            engine = new SelectionEngine(bench.store);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 4)
    public int jsonPathFirstScan(FreshEngine state) throws QuerySyntaxException {
        return state.engine.evaluate(Selection.of(JSON_PATH_QUERY)).count();
    }

    /** The same term again: answered from what the first scan learned. */
    @Benchmark
    public int jsonPathAgain() throws QuerySyntaxException {
        return engine.evaluate(Selection.of(JSON_PATH_QUERY)).count();
    }

    /** Sorting all rows by a column the first time (nothing cached: fresh engine), as on a header click. */
    @State(Scope.Thread)
    public static class FirstSort {

        @Param({"TIME", "ACTION", "INITIATOR", "TARGET", "TAG", "DIGEST", "CORRELATION", "MESSAGE"})
        public String field;

        SelectionResult result;

        @Setup(Level.Invocation)
        public void freshEngine(SelectionBenchmark bench) {
            result = new SelectionEngine(bench.store).evaluate(Selection.all());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 8)
    @Measurement(iterations = 10)
    public int sortAllRowsFirstTime(FirstSort state) {
        return state.result.sortedRows(EventField.valueOf(state.field), false).length;
    }

    /** Sorting by a column whose order was computed before, for half of the rows (a filter is applied). */
    @State(Scope.Thread)
    public static class LaterSort {

        @Param({"TIME", "MESSAGE"})
        public String field;

        SelectionResult result;

        @Setup(Level.Trial)
        public void sortedOnce(SelectionBenchmark bench) throws QuerySyntaxException {
            result = bench.engine.evaluate(Selection.of("outcome:success category:image-data"));
            result.sortedRows(EventField.valueOf(field), false);
        }
    }

    @Benchmark
    public int sortRowsAgain(LaterSort state) {
        return state.result.sortedRows(EventField.valueOf(state.field), true).length;
    }
}
