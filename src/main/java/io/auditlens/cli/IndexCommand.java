package io.auditlens.cli;

import io.auditlens.engine.ArchiveIndexer;
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
 * {@code index ARCHIVE --out DIR [--engine duckdb]}: builds or extends the typed Parquet index that archive mode
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

    @Option(names = "--engine", defaultValue = "duckdb", paramLabel = "ENGINE",
            description = "The engine that writes the index: duckdb (default). A Spark cluster reads the same index.")
    private String engine;

    @Override
    public Integer call() {
        if (!engine.equalsIgnoreCase("duckdb")) {
            throw new Cli.UsageException("index --engine: only duckdb writes an index; Spark and Trino read it as "
                    + "Parquet (see docs/scale-out.md)");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        ArchiveIndexer.Outcome outcome;
        try {
            outcome = new ArchiveIndexer().build(archive, out, (source, done, total, events) -> {
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
