package io.auditlens.bench;

import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Load of a whole export into a facet-ready store, SHA-256 included: the figure compared with DuckDB's
 * {@code CREATE TABLE ... AS SELECT ... FROM read_ndjson} and with jq. Pass the file with {@code -p file=...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class LoadBenchmark {

    @Param("bench-data/events-1m.ndjson")
    public String file;

    /** The gzip copy of {@link #file} that scripts/bench.sh makes, to compare with zcat of the same file. */
    @Benchmark
    public int loadGzip() {
        LoadResult result = new Loader().load(List.of(Path.of(file + ".gz")));
        result.store().releaseTemporaryFiles(); // else each iteration leaves a decompressed copy behind
        return result.store().size();
    }

    @Benchmark
    public int load() {
        LoadResult result = new Loader().load(List.of(Path.of(file)));
        return result.store().size();
    }
}
