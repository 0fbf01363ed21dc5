package io.auditlens.cli;

import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code summarize [--json] [--query Q] [--view NAME] [--facet F]... FILES...}: per-file report, and counts per
 * region, category, action, outcome, severity and status of the events matching the query and view, and of each
 * facet asked for with {@code --facet} (a field such as {@code initiator}, or any JSON path).
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Load the files and print what they hold: per-file report, counts per facet, rejected lines.")
public final class SummarizeCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object (the documented schema).")
    private boolean json;

    @Option(names = "--facet", paramLabel = "FACET",
            description = "Also count this facet: a field such as initiator or ip, or a JSON path such as "
                    + "initiator.host.agent (repeatable; printed after the standard facets).")
    private List<String> facetKeys = new ArrayList<>();

    @Mixin
    private SelectionArguments inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Facet> extra = new ArrayList<>();
        for (String key : facetKeys) {
            Facet facet = Facet.byKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--facet " + key + ": not a facet; give a field such as initiator or a JSON path such as "
                            + "initiator.host.agent"));
            if (!Arrays.asList(Summary.FACETS).contains(facet.key()) && !extra.contains(facet)) {
                extra.add(facet);
            }
        }
        PrintWriter out = inputs.out();
        SelectionArguments.SummarizedInputs selected = inputs.summarize(extra);
        Summary summary = selected.summary();
        Map<String, FacetCounts> counts = selected.extraFacets();
        if (json) {
            SummaryJson.write(out, selected.load(), summary, counts);
        } else {
            SummaryText.write(out, selected.load(), summary, counts);
        }
        return selected.exitCode();
    }
}
