package io.auditlens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code views list|export|import}: the saved filter views the window and {@code --view} use. */
@Command(name = "views", mixinStandardHelpOptions = true,
        description = "List, export and import saved views (kept in views.json in the configuration folder; "
                + "AUDITLENS_CONFIG_DIR sets that folder).",
        subcommands = {ViewsListCommand.class, ViewsExportCommand.class, ViewsImportCommand.class})
public final class ViewsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "views needs a sub-command: list, export or import");
    }
}
