package io.auditlens.cli;

import io.auditlens.query.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code summarize [--json] [--query Q] [--view NAME] FILES...}: per-file report, and counts per region, category,
 * action, outcome, severity and status of the events matching the query and view.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Load the files and print what they hold: per-file report, counts per facet, rejected lines.")
public final class SummarizeCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object (the documented schema).")
    private boolean json;

    @Mixin
    private SelectionArguments inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = inputs.out();
        SelectionArguments.SummarizedInputs selected = inputs.summarize();
        Summary summary = selected.summary();
        if (json) {
            SummaryJson.write(out, selected.load(), summary);
        } else {
            SummaryText.write(out, selected.load(), summary);
        }
        return selected.exitCode();
    }
}
