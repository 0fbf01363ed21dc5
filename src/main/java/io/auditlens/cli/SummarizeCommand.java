package io.auditlens.cli;

import io.auditlens.ingest.LoadResult;
import io.auditlens.query.RowSet;
import io.auditlens.query.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code summarize [--json] FILES...}: counts per file, region, category, action, outcome, severity, status. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Load the files and print what they hold: per-file report, counts per facet, rejected lines.")
public final class SummarizeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (the documented schema).")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILES", description = "Export files or folders.")
    private List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult load = InputLoad.load(files, err);
        Summary summary = Summary.of(load.store(), RowSet.all(load.store().size()));
        if (json) {
            SummaryJson.write(out, load, summary);
        } else {
            SummaryText.write(out, load, summary);
        }
        return InputLoad.exitCode(load);
    }
}
