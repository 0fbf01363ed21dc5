package io.auditlens.cli;

import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import picocli.CommandLine.Option;

/** The {@code --query Q} option shared by the commands that work on a selection of events. */
final class QueryOption {

    @Option(names = "--query", paramLabel = "Q", defaultValue = "",
            description = "Only events matching this query (the window's query language); all events when absent.")
    private String query;

    /** The selection the option describes; a syntax error is a usage error (exit 2) naming the column. */
    Selection selection() {
        try {
            return Selection.of(query);
        } catch (QuerySyntaxException e) {
            throw new Cli.UsageException("query syntax error at " + e.getMessage());
        }
    }
}
