package io.auditlens.cli;

import picocli.CommandLine.Command;

/** The root of the command line; every sub-command runs on the same engine as the window. */
@Command(name = "auditlens", mixinStandardHelpOptions = true, version = "AuditLens 0.1",
        description = "Explore IBM Cloud Container Registry activity-tracking events.",
        subcommands = {SummarizeCommand.class, QueryCommand.class, DigestsCommand.class, TimelineCommand.class,
            GenerateCommand.class})
public final class AuditLensCommand implements Runnable {

    @Override
    public void run() {
        // Without a sub-command the launcher opens the window; reaching here means only options were given.
    }
}
