package io.auditlens.bench;

import io.auditlens.findings.Findings;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.Loader;
import io.auditlens.query.SelectionEngine;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.store.EventStore;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * All built-in rules over a million generated events: on an engine that already served the window (its time order
 * known), and on a fresh engine right after a load, which also sorts the rows by time. The events file is generated
 * on first use (seed 42) unless {@code -p file=...} names one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class FindingsBenchmark {

    @Param("bench-data/events-1m.ndjson")
    public String file;

    private EventStore store;
    private SelectionEngine engine;
    private List<Rule> rules;
    private final RuleEngine rulesEngine = new RuleEngine(WorkingHours.DEFAULT);

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            Files.createDirectories(path.toAbsolutePath().getParent());
            new SampleWriter().write(SampleSettings.of(42, 1_000_000), SampleFormat.NDJSON, false, path);
        }
        store = new Loader().load(List.of(path)).store();
        engine = new SelectionEngine(store);
        rules = RuleCatalog.builtIn().rules();
        engine.timeOrder();
    }

    /** Every built-in rule on an engine whose time order is already known. */
    @Benchmark
    public Findings allBuiltInRules() {
        return rulesEngine.run(engine, rules);
    }

    /** Every built-in rule on a new engine, as right after a load: includes sorting a million rows by time. */
    @Benchmark
    public Findings allBuiltInRulesFreshEngine() {
        return rulesEngine.run(new SelectionEngine(store), rules);
    }
}
