package io.auditlens.cli;

import io.auditlens.engine.ArchiveQueries;
import io.auditlens.engine.SelectionSql;
import io.auditlens.engine.SqlDialect;
import io.auditlens.engine.UnsupportedSelectionException;
import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sql --dialect duckdb|spark|trino [--query Q] [--view V] [--pick FACET=VALUE]... [--statement S]}: prints the
 * SQL archive mode runs for a selection over an index table, to run on an engine of one's own.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Print the SQL that archive mode runs for a selection, over an index (see 'index').")
public final class SqlCommand implements Callable<Integer> {

    /** Which statement to print. */
    enum Statement { SUMMARY, FACETS, HISTOGRAM, ROWS, DIGESTS, TIMELINE }

    @Spec
    private CommandSpec spec;

    @Option(names = "--dialect", defaultValue = "duckdb", paramLabel = "DIALECT",
            description = "duckdb, spark or trino (default duckdb).")
    private String dialect;

    @Option(names = "--table", defaultValue = "auditlens_index", paramLabel = "TABLE",
            description = "The index as the engine names it: a table, or a read_parquet(...) call (default ${DEFAULT-VALUE}).")
    private String table;

    @Option(names = "--query", paramLabel = "Q", defaultValue = "", description = "The query (query language).")
    private String query;

    @Option(names = "--view", paramLabel = "NAME", description = "Start from a saved view.")
    private String view;

    @Option(names = "--pick", paramLabel = "FACET=VALUE",
            description = "A facet pick, e.g. region=eu-de; repeat it (ORed within a facet, ANDed across facets).")
    private List<String> picks;

    @Option(names = "--statement", defaultValue = "summary", paramLabel = "S",
            description = "summary, facets, histogram, rows, digests or timeline (default summary).")
    private Statement statement;

    @Option(names = "--bucket", defaultValue = "day", paramLabel = "SIZE",
            description = "Histogram bar: minute, hour, day, week or month (default day).")
    private String bucket;

    @Option(names = "--digest", paramLabel = "sha256:HEX", description = "The digest of --statement timeline.")
    private String digest;

    @Override
    public Integer call() {
        SqlDialect d = SqlDialect.byKey(dialect).orElseThrow(() ->
                new Cli.UsageException("--dialect must be duckdb, spark or trino, not '" + dialect + "'"));
        ArchiveQueries queries = new ArchiveQueries(new SelectionSql(d), table);
        Selection selection = withPicks(selection(), picks);
        PrintWriter out = spec.commandLine().getOut();
        try {
            switch (statement) {
                case SUMMARY -> {
                    out.println(queries.totals(selection) + ";");
                    out.println();
                    out.println(queries.summaryFacets(selection) + ";");
                }
                case FACETS -> {
                    for (ArchiveQueries.FacetStatement st : queries.facetCounts(selection, Facet.PANEL)) {
                        out.println(st.sql() + ";");
                        out.println();
                    }
                }
                case HISTOGRAM -> out.println(queries.histogram(selection, bucketSize()) + ";");
                case ROWS -> out.println(queries.rows(selection, EventField.TIME, false, 0, 100) + ";");
                case DIGESTS -> {
                    out.println(queries.digests(selection) + ";");
                    out.println();
                    out.println(queries.digestValues(selection) + ";");
                }
                case TIMELINE -> {
                    if (digest == null) {
                        throw new Cli.UsageException("--statement timeline needs --digest sha256:HEX");
                    }
                    out.println(queries.timeline(digest) + ";");
                }
            }
        } catch (UnsupportedSelectionException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        out.flush();
        return Cli.OK;
    }

    private Selection selection() {
        try {
            if (view == null) {
                return Selection.of(query);
            }
            return ViewSelection.of(UserViews.find(spec, view), query);
        } catch (QuerySyntaxException e) {
            throw new Cli.UsageException("query syntax error at " + e.getMessage());
        } catch (ViewRefusedException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }

    /** The selection with the {@code FACET=VALUE} picks added. */
    static Selection withPicks(Selection selection, List<String> picks) {
        Selection out = selection;
        for (String pick : picks == null ? List.<String>of() : picks) {
            int eq = pick.indexOf('=');
            Facet facet = eq < 0 ? null : Facet.byKey(pick.substring(0, eq)).orElse(null);
            if (facet == null) {
                throw new Cli.UsageException("--pick expects FACET=VALUE with a facet such as region, action, "
                        + "outcome, not '" + pick + "'");
            }
            out = out.withPick(facet, pick.substring(eq + 1), true);
        }
        return out;
    }

    private BucketSize bucketSize() {
        return switch (bucket.toLowerCase(Locale.ROOT)) {
            case "minute" -> BucketSize.MINUTE;
            case "hour" -> BucketSize.HOUR;
            case "day" -> BucketSize.DAY;
            case "week" -> BucketSize.WEEK;
            case "month" -> BucketSize.MONTH;
            default -> throw new Cli.UsageException("--bucket must be minute, hour, day, week or month, not '"
                    + bucket + "'");
        };
    }
}
