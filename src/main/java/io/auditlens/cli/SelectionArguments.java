package io.auditlens.cli;

import io.auditlens.evidence.Evidence;
import io.auditlens.evidence.LabelFilter;
import io.auditlens.export.ProvenanceSelection;
import io.auditlens.export.SelectionRecord;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.timeline.DigestList;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewSelection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --query Q} and {@code --view NAME} options, the input files and the archive window {@code --from} /
 * {@code --to}, shared by every command that works on a selection of events, with the command's output streams.
 */
final class SelectionArguments {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--query", paramLabel = "Q", defaultValue = "",
            description = "Only events matching this query (the window's query language); all events when absent.")
    private String query;

    @Option(names = "--view", paramLabel = "NAME",
            description = "Start from a saved view (see 'views list'): its facet picks, time range and query, the "
                    + "query AND-combined with --query.")
    private String view;

    @Option(names = "--from", paramLabel = "TIME", converter = ArchiveWindowTime.Start.class,
            description = "Skip IBM Cloud Logs archive partitions (dt=/hr= folders) outside the range --from to --to "
                    + "(either end may be left open). An ISO date or date-time, UTC. The events of the files read are "
                    + "not filtered: use after: and before: in --query for that.")
    private Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = ArchiveWindowTime.End.class,
            description = "End of that range, inclusive: a date keeps that whole day.")
    private Instant to;

    @Mixin
    private EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--case", paramLabel = "FILE",
            description = "Apply the labels and notes of this case file (*.alcase) for label:, note: and has: in "
                    + "--query, and for --label. The case is read, never changed.")
    private Path caseFile;

    @Option(names = "--label", paramLabel = "LABEL",
            description = "Only events carrying this label in --case ('*' for any label); AND-combined with --query.")
    private String label;

    @Parameters(arity = "1..*", paramLabel = "FILES", description = "Export files or folders.")
    private List<Path> files;

    /** The selection of --query and --view, before --label narrows it; set by {@link #select()}. */
    private Selection baseSelection;

    /** The view named by --view, once {@link #select()} found it. */
    private SavedView savedView;

    /**
     * Parses the query and finds the view before loading anything, so a typo costs no loading time, then loads the
     * files and evaluates the selection. A syntax error is a usage error (exit 2) naming the column, and so is a
     * view that does not exist or cannot be used.
     */
    SelectedEvents select() {
        return select("");
    }

    /**
     * The same, where archive mode first narrows the events it brings into memory by {@code narrowing} (a query
     * the command applies itself anyway, such as the digest of a timeline).
     */
    SelectedEvents select(String narrowing) {
        PrintWriter err = err();
        baseSelection = selection();
        Selection selection = withLabel(baseSelection);
        if (archiveMode()) {
            refuseCaseInArchiveMode();
            try (ArchiveMode archive = openArchive()) {
                return archive.select(narrowed(selection, narrowing), err);
            }
        }
        Evidence evidence = CaseOption.read(Optional.ofNullable(caseFile));
        LoadResult load = InputLoad.load(files, window(), err);
        if (caseFile != null) {
            CaseOption.warnAboutInputs(evidence, load, err);
        }
        SelectionEngine engine = new SelectionEngine(load.store());
        RowEvidence rows = evidence.onRows(load.store());
        try {
            return new SelectedEvents(load, engine, engine.evaluate(selection, rows), rows);
        } catch (EventTextUnavailableException e) {
            throw new Cli.InputException(e.getMessage());
        }
    }

    /** The inputs and the summary of the selection, counted by the engine in archive mode. */
    SummarizedInputs summarize(List<io.auditlens.query.Facet> extraFacets) {
        if (archiveMode()) {
            refuseCaseInArchiveMode();
            if (!extraFacets.isEmpty()) {
                throw new Cli.UsageException("--facet needs the events in memory; archive mode (--engine or an index)"
                        + " counts the standard facets only");
            }
            baseSelection = selection();
            try (ArchiveMode archive = openArchive()) {
                return new SummarizedInputs(archive.load(), archive.summary(baseSelection), Map.of());
            }
        }
        SelectedEvents selected = select();
        Map<String, io.auditlens.query.FacetCounts> counts = new java.util.LinkedHashMap<>();
        for (io.auditlens.query.Facet facet : extraFacets) {
            counts.put(facet.key(), selected.result().facet(facet));
        }
        return new SummarizedInputs(selected.load(), selected.result().summary(), counts);
    }

    /** The inputs and the digests of the selection, counted by the engine in archive mode. */
    DigestedInputs digests() {
        if (archiveMode()) {
            refuseCaseInArchiveMode();
            baseSelection = selection();
            try (ArchiveMode archive = openArchive()) {
                return new DigestedInputs(archive.load(), archive.digests(baseSelection));
            }
        }
        SelectedEvents selected = select();
        return new DigestedInputs(selected.load(), DigestList.of(selected.load().store(), selected.result().rows()));
    }

    /** The load report and the digest list {@code digests} prints. */
    record DigestedInputs(LoadResult load, DigestList list) {
        int exitCode() {
            return InputLoad.exitCode(load);
        }
    }

    /** The load report and summary {@code summarize} prints, with the counts of facets asked for by key. */
    record SummarizedInputs(LoadResult load, io.auditlens.query.Summary summary,
                            Map<String, io.auditlens.query.FacetCounts> extraFacets) {
        int exitCode() {
            return InputLoad.exitCode(load);
        }
    }

    private boolean archiveMode() {
        return engineOptions.archiveMode(files);
    }

    // Labels and notes are keyed by content hash, which an index does not hold yet.
    private void refuseCaseInArchiveMode() {
        if (caseFile != null || label != null) {
            throw new Cli.UsageException("--case and --label need the events in memory; archive mode (--engine or an"
                    + " index) cannot apply a case's labels and notes");
        }
    }

    private ArchiveMode openArchive() {
        if (from != null || to != null) {
            throw new Cli.UsageException("--from and --to choose archive files to load; archive mode loads none: use "
                    + "after: and before: in --query");
        }
        return engineOptions.open(files, err());
    }

    private static Selection narrowed(Selection selection, String narrowing) {
        if (narrowing.isEmpty()) {
            return selection;
        }
        try {
            String q = selection.queryText().isBlank() ? narrowing : "(" + selection.queryText() + ") " + narrowing;
            return selection.withQuery(q);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("a command's own narrowing does not parse: " + narrowing, e);
        }
    }

    /** The label given with --label, if any. */
    Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** The case file given with --case, if any. */
    Optional<Path> caseFile() {
        return Optional.ofNullable(caseFile);
    }

    private Selection withLabel(Selection selection) {
        if (label == null) {
            return selection;
        }
        if (caseFile == null) {
            throw new Cli.UsageException("--label needs --case: labels live in a case file");
        }
        LabelFilter.problem(label).ifPresent(p -> {
            throw new Cli.UsageException("--label: " + p);
        });
        return LabelFilter.apply(selection, label);
    }

    /** The selection as the provenance of an export records it (after {@link #select()}). */
    ProvenanceSelection provenance() {
        return SelectionRecord.of(baseSelection, view, label == null ? null : label.strip(),
                caseFile == null ? null : caseFile.toString());
    }

    private PartitionWindow window() {
        try {
            return new PartitionWindow(from, to);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--from and --to: " + e.getMessage());
        }
    }

    private Selection selection() {
        try {
            if (view == null) {
                return Selection.of(query);
            }
            savedView = UserViews.find(command, view);
            return ViewSelection.of(savedView, query);
        } catch (QuerySyntaxException e) {
            throw new Cli.UsageException("query syntax error at " + e.getMessage());
        } catch (ViewRefusedException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }

    /** The view named by --view (after {@link #select()}), for its columns and order; empty without --view. */
    Optional<SavedView> savedView() {
        return Optional.ofNullable(savedView);
    }

    /** The command's standard output. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's error output. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
