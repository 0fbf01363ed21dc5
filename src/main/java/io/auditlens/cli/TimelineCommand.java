package io.auditlens.cli;

import io.auditlens.event.Digest;
import io.auditlens.timeline.DigestTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code timeline --digest sha256:HEX [--json] [--query Q] FILES}: everything that happened to one image digest.
 * A digest no event names is not an error (exit 0): the command says so on stderr, and {@code --json} still prints
 * an object with {@code "events": 0}, so scripts can check one field.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show one digest's events in time order by lane, its tags, first push, last pull, deletion"
                + " and vulnerability status changes.")
public final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--digest", required = true, paramLabel = "sha256:HEX", description = "The image digest.")
    private String digest;

    @Option(names = "--json", description = "Print one JSON object (see docs/cli-json.md).")
    private boolean json;

    @Mixin
    private SelectionArguments inputs;

    @Override
    public Integer call() throws Exception {
        if (!Digest.isDigest(digest)) {
            throw new Cli.UsageException("--digest expects sha256: followed by 64 hex digits, not '"
                    + (digest.length() > 80 ? digest.substring(0, 77) + "..." : digest) + "'");
        }
        String key = digest.toLowerCase(Locale.ROOT);
        PrintWriter out = inputs.out();
        PrintWriter err = inputs.err();
        SelectedEvents selected = inputs.select("digest:" + key);
        DigestTimeline tl = DigestTimeline.of(selected.load().store(), key, selected.result().rows());
        if (tl.isEmpty()) {
            err.println("auditlens: no events for " + key);
            err.flush();
        }
        if (json) {
            TimelineJson.write(out, selected.load().store(), tl);
        } else if (!tl.isEmpty()) {
            TimelineText.write(out, selected.load().store(), tl);
        }
        return selected.exitCode();
    }
}
