package io.auditlens.cli;

import io.auditlens.views.ImportResult;
import io.auditlens.views.ImportedView;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code views import FILE}: adds the views of an exported file, keeping both views when a name is taken. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the views of a file written by 'views export'; a view whose name is taken is added as "
                + "'NAME (imported)', and one identical to a view already there is skipped.")
public final class ViewsImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An exported views file.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ViewStore store = UserViews.open(spec)) {
            List<SavedView> incoming;
            try {
                incoming = store.readExport(file);
            } catch (IOException e) {
                err.println("auditlens: " + file + ": " + Cli.oneLine(UserViews.reason(e)));
                return Cli.INPUT;
            }
            UserViews.load(store, err);
            print(out, UserViews.change(store, () -> store.importViews(incoming)));
            return Cli.OK;
        }
    }

    private void print(PrintWriter out, ImportResult result) {
        for (ImportedView added : result.added()) {
            out.println(added.renamed()
                    ? "added \"" + added.view().name() + "\" (\"" + added.originalName() + "\" was taken)"
                    : "added \"" + added.view().name() + "\"");
        }
        for (String name : result.alreadyPresent()) {
            out.println("skipped \"" + name + "\" (an identical view exists)");
        }
        out.println("imported " + result.added().size() + (result.added().size() == 1 ? " view" : " views")
                + " from " + file);
        out.flush();
    }
}
