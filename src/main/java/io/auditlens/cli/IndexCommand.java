package io.auditlens.cli;

import io.auditlens.engine.ArchiveIndexer;
import io.auditlens.engine.EngineChoice;
import io.auditlens.engine.IndexException;
import io.auditlens.task.CancelSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code index ARCHIVE --out DIR [--engine duckdb|spark [--master URL]]}: builds or extends the typed Parquet index that archive mode
 * queries; a second run indexes only the archive partitions that are new or changed.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index an IBM Cloud Logs archive for archive mode (--engine): typed Parquet by event day.")
public final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "The archive folder (dt=YYYY-MM-DD/hr=HH/...).")
    private Path archive;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The index folder (new, empty, or an index).")
    private Path out;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "The engine that writes the index: duckdb (embedded, default) or spark (auditlens-spark.jar "
                    + "under spark-submit). Either engine reads an index either wrote.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master for --engine spark, e.g. local[2] or spark://HOST:7077.")
    private String master;

    @Override
    public Integer call() {
        ArchiveIndexer indexer;
        try {
            // --master alone means Spark, as for the selecting commands.
            indexer = new EngineChoice(engine == null && master != null ? "spark" : engine, master).indexer();
        } catch (IndexException e) {
            throw new Cli.InputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        ArchiveIndexer.Outcome outcome;
        try {
            outcome = indexer.build(archive, out, (source, done, total, events) -> {
                err.printf("indexed %d/%d %s: %,d events%n", done, total, source.isEmpty() ? "(archive root)" : source,
                        events);
                err.flush();
            }, CancelSignal.never());
        } catch (IndexException e) {
            throw new Cli.InputException(e.getMessage());
        }
        long events = outcome.manifest().sources().stream().mapToLong(s -> s.events()).sum();
        stdout.printf("%s: %,d events in %d partitions (%d new, %d unchanged) in %.1f s%n", out, events,
                outcome.partitionsAdded() + outcome.partitionsKept(), outcome.partitionsAdded(),
                outcome.partitionsKept(), (System.nanoTime() - start) / 1e9);
        stdout.flush();
        boolean failed = outcome.manifest().files().stream().anyMatch(f -> f.failed());
        outcome.manifest().files().stream().filter(f -> f.failed())
                .forEach(f -> err.println("auditlens: " + f.path() + ": " + f.fileError()));
        err.flush();
        return failed ? Cli.INPUT : Cli.OK;
    }
}
