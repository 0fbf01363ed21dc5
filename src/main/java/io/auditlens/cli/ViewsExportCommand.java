package io.auditlens.cli;

import io.auditlens.views.SavedView;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code views export [--name NAME]... --out FILE}: views to a file another installation can import. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write views to a JSON file that 'views import' reads: the named ones, else every saved view.")
public final class ViewsExportCommand implements Callable<Integer> {

    /** Exit code when the file cannot be written. */
    static final int EXIT_WRITE_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME",
            description = "A view to export (repeatable; built-in views too); every saved view when absent.")
    private List<String> names;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        try (ViewStore store = UserViews.open(spec)) {
            UserViews.load(store, spec.commandLine().getErr());
            List<SavedView> written;
            try {
                written = names == null || names.isEmpty() ? store.exportSaved(out) : store.export(names, out);
            } catch (ViewRefusedException e) {
                throw new Cli.UsageException(e.getMessage());
            } catch (IOException e) {
                spec.commandLine().getErr().println("auditlens: cannot write " + out + ": " + UserViews.reason(e));
                return EXIT_WRITE_FAILED;
            }
            stdout.println("exported " + written.size() + (written.size() == 1 ? " view" : " views") + " to " + out
                    + (written.isEmpty() ? "" : ": " + String.join(", ", written.stream().map(SavedView::name)
                    .toList())));
            stdout.flush();
            return Cli.OK;
        }
    }
}
