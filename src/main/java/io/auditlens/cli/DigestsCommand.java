package io.auditlens.cli;

import io.auditlens.event.EventTime;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code digests [--json] [--query Q] FILES}: every image digest of the selected events. */
@Command(name = "digests", mixinStandardHelpOptions = true,
        description = "List the image digests of the matching events: repository, tags, events, first and last seen,"
                + " regions, last vulnerability status; most recently seen first.")
public final class DigestsCommand implements Callable<Integer> {

    private static final List<String> HEADINGS = List.of("digest", "repository", "tags", "events", "firstSeen",
            "lastSeen", "regions", "lastStatus");

    @Option(names = "--json", description = "Print one JSON object (see docs/cli-json.md).")
    private boolean json;

    @Mixin
    private SelectionArguments inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = inputs.out();
        SelectionArguments.DigestedInputs selected = inputs.digests();
        DigestList list = selected.list();
        if (json) {
            DigestsJson.write(out, list);
        } else {
            List<DigestSummary> digests = list.digests();
            TextTable.print(out, HEADINGS, digests.size(), (r, c) -> cell(digests.get(r), c));
            out.flush();
        }
        return selected.exitCode();
    }

    private static String cell(DigestSummary d, int column) {
        return switch (column) {
            case 0 -> d.digest();
            case 1 -> d.repository();
            case 2 -> String.join(",", d.tags());
            case 3 -> Long.toString(d.events());
            case 4 -> EventTime.format(d.firstSeen());
            case 5 -> EventTime.format(d.lastSeen());
            case 6 -> String.join(",", d.regions());
            default -> d.lastStatus();
        };
    }
}
