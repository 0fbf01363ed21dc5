package io.auditlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.views.ViewCatalog;
import io.auditlens.views.ViewEntry;
import io.auditlens.views.ViewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code views list [--json]}: every view, built-in ones first, with its query. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the views: name, whether it is built in, and its query.")
public final class ViewsListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object: {\"views\": [{\"name\", \"builtIn\", \"query\", "
            + "\"picks\", \"timeRange\", \"columns\", \"sort\"}, ...]}.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ViewCatalog catalog;
        try (ViewStore store = UserViews.open(spec)) {
            catalog = UserViews.load(store, spec.commandLine().getErr());
        }
        if (json) {
            writeJson(out, catalog);
        } else {
            writeText(out, catalog);
        }
        out.flush();
        return Cli.OK;
    }

    private static void writeText(PrintWriter out, ViewCatalog catalog) {
        int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
        for (ViewEntry e : catalog.views()) {
            String line = String.format("%-" + width + "s  %-8s  %s", e.name(), e.builtIn() ? "built-in" : "",
                    e.view().query());
            out.println(line.stripTrailing());
        }
    }

    private static void writeJson(PrintWriter out, ViewCatalog catalog) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode views = root.putArray("views");
        for (ViewEntry e : catalog.views()) {
            ObjectNode view = views.addObject();
            view.put("name", e.name());
            view.put("builtIn", e.builtIn());
            ObjectNode rest = mapper.valueToTree(e.view());
            rest.remove("name");
            view.setAll(rest);
        }
        out.println(mapper.writeValueAsString(root));
    }
}
