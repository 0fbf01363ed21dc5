package io.auditlens.cli;

import io.auditlens.engine.ArchiveFindings;
import io.auditlens.engine.ArchiveIndexer;
import io.auditlens.engine.ArchiveSelection;
import io.auditlens.engine.DuckDbEngine;
import io.auditlens.engine.IndexException;
import io.auditlens.engine.IndexManifest;
import io.auditlens.engine.QueryEngine;
import io.auditlens.engine.UnsupportedSelectionException;
import io.auditlens.engine.EngineChoice;
import io.auditlens.engine.EventTextFile;
import io.auditlens.engine.TemporaryIndex;
import io.auditlens.evidence.Evidence;
import io.auditlens.files.TemporaryFolders;
import io.auditlens.findings.Rule;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.Summary;
import io.auditlens.store.EventStore;
import io.auditlens.task.CancelSignal;
import io.auditlens.timeline.DigestList;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A selecting command in archive mode: the selection runs as SQL on an engine over an index (built into a
 * temporary folder first when an archive is named). Counts come back from the engine; commands that print events
 * bring only the selected events into memory and print them with the same code as a load would.
 */
final class ArchiveMode implements AutoCloseable {

    private final IndexManifest manifest;
    private final QueryEngine engine;
    private final ArchiveSelection selection;
    private final Path temporaryIndex;

    private ArchiveMode(IndexManifest manifest, QueryEngine engine, Path temporaryIndex) {
        this.manifest = manifest;
        this.engine = engine;
        this.selection = new ArchiveSelection(engine);
        this.temporaryIndex = temporaryIndex;
    }

    /** Whether the inputs name an index, which is always read in archive mode. */
    static boolean isIndex(List<Path> files) {
        return files.size() == 1 && IndexManifest.isIndex(files.get(0));
    }

    /** Opens archive mode on one index or archive folder with the chosen engine. */
    static ArchiveMode open(EngineChoice choice, List<Path> files, PrintWriter err) {
        if (files.size() != 1 || !Files.isDirectory(files.get(0))) {
            throw new Cli.UsageException("--engine reads one archive or index folder, not " + files.size()
                    + (files.size() == 1 ? " file" : " inputs") + "; build an index with 'auditlens index'");
        }
        Path input = files.get(0);
        Path temporary = null;
        try {
            Path index = input;
            if (!IndexManifest.isIndex(input)) {
                index = TemporaryIndex.create();
                temporary = index.getParent();
                err.println("auditlens: indexing " + input + " for this run; 'auditlens index " + input
                        + " --out DIR' keeps the index for the next");
                err.flush();
                new ArchiveIndexer().build(input, index, (s, done, total, n) -> { }, CancelSignal.never());
            }
            IndexManifest manifest = IndexManifest.read(index);
            ArchiveMode mode = new ArchiveMode(manifest, choice.open(index), temporary);
            InputLoad.reportFailures(mode.load(), err);
            return mode;
        } catch (IndexException e) {
            TemporaryFolders.deleteQuietly(temporary);
            throw new Cli.InputException(e.getMessage());
        } catch (IOException e) {
            TemporaryFolders.deleteQuietly(temporary);
            throw new Cli.InputException("cannot make a temporary index: " + e.getMessage());
        }
    }

    /** The inputs as a load would report them: the archive's files with their SHA-256, counts and errors. */
    LoadResult load() {
        return new LoadResult(EventStore.empty(), manifest.files(), 0, 0);
    }

    /** What {@code summarize} prints, counted by the engine. */
    Summary summary(Selection s) {
        return answered(() -> selection.summary(s, CancelSignal.never()));
    }

    /** What {@code digests} lists, counted by the engine. */
    DigestList digests(Selection s) {
        return answered(() -> selection.digests(s, CancelSignal.never()));
    }

    /** The rules' findings over the index, and the events they were found in (closing it deletes their text). */
    ArchiveFindings.Result findings(List<Rule> rules, WorkingHours hours) {
        return answered(() -> new ArchiveFindings(engine).run(rules, hours, CancelSignal.never()));
    }

    /** A question put to the engine. */
    private interface EngineQuestion<T> {
        T ask() throws IndexException, UnsupportedSelectionException;
    }

    // An engine that fails is bad input (exit 3); a selection it cannot run is a usage error (exit 2).
    private static <T> T answered(EngineQuestion<T> question) {
        try {
            return question.ask();
        } catch (IndexException e) {
            throw new Cli.InputException(e.getMessage());
        } catch (UnsupportedSelectionException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }

    /** The selected events, brought into memory in time order and selected there again as a whole. */
    SelectedEvents select(Selection s, PrintWriter err) {
        try {
            // Not closed: printing NDJSON reads the events back from this file until the run ends.
            EventTextFile events = EventTextFile.create();
            events.path().toFile().deleteOnExit();
            selection.forEachEventJson(s, CancelSignal.never(), json -> {
                try {
                    events.append(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            LoadResult loaded = events.load(CancelSignal.never());
            LoadResult load = new LoadResult(loaded.store(), manifest.files(), loaded.elapsedNanos(), 0);
            SelectionEngine memory = new SelectionEngine(loaded.store());
            return new SelectedEvents(load, memory, memory.evaluate(Selection.all()),
                    Evidence.none().onRows(loaded.store()));
        } catch (IndexException e) {
            throw new Cli.InputException(e.getMessage());
        } catch (UnsupportedSelectionException e) {
            throw new Cli.UsageException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new Cli.InputException("cannot hold the selected events in a temporary file: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        engine.close();
        TemporaryFolders.deleteQuietly(temporaryIndex);
    }
}
