package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Loads activity-event exports into an {@link io.auditlens.store.EventStore}: every format of formats.md,
 * detected from content, parsed on all cores, with a report per file. Inputs are opened read-only.
 */
public final class Loader {

    private final int threads;
    private final JsonFactory factory;
    private final SpoolLimits spoolLimits;

    /** A loader using every core. */
    public Loader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A loader using the given number of parser threads. */
    public Loader(int threads) {
        this(threads, SpoolLimits.DEFAULT);
    }

    /** A loader whose private copies of compressed inputs grow within {@code spoolLimits}. */
    Loader(int threads, SpoolLimits spoolLimits) {
        this.threads = Math.max(1, threads);
        this.spoolLimits = spoolLimits;
        this.factory = new ValueScanningFactory(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // A 30 MB message is a real event; nesting beyond 1000 levels is not.
                        .maxStringLength(TextDocumentReader.MAX_LINE)
                        .maxNestingDepth(1000)
                        .build())
                // The input stream belongs to the loader: it must stay open to finish the file's SHA-256.
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE));
    }

    /** Loads the inputs (files or folders); progress goes to the listener and the control can cancel. */
    public LoadResult load(List<Path> inputs, LoadListener listener, CancelSignal control) {
        return load(inputs, PartitionWindow.ALL, listener, control);
    }

    /**
     * Loads the inputs, leaving unread the IBM Cloud Logs archive files whose hive partition ({@code dt=}/{@code hr=}
     * folders) lies outside the window: they are not inputs and get no report, only a count in the result.
     */
    public LoadResult load(List<Path> inputs, PartitionWindow window, LoadListener listener, CancelSignal control) {
        long started = System.nanoTime();
        List<InputFile> named = InputExpander.expand(inputs);
        List<InputFile> files = named.stream().filter(f -> !window.excludes(f.path())).toList();
        try (LoadRun run = new LoadRun(factory, threads, files, listener, control, spoolLimits)) {
            return run.execute(started, named.size() - files.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("loading was interrupted");
        }
    }

    /**
     * Loads rows of one IBM Cloud Logs archive file that another reader (Spark) read: the event column's texts in
     * file order, the first being line 1 of the report. Rows become events and rejected lines exactly as the rows
     * of a Parquet input do; the report's SHA-256 is left empty, since the file is not read here.
     */
    public LoadResult loadArchiveRows(Path file, String displayPath, Iterator<String> texts, long bytes,
                                      CancelSignal control) {
        long started = System.nanoTime();
        InputFile input = new InputFile(file, displayPath);
        try (LoadRun run = new LoadRun(factory, threads, List.of(), LoadListener.NONE, control, spoolLimits)) {
            return run.executeRows(input, ParquetEventRows.of(texts, -1, control), bytes, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("loading was interrupted");
        }
    }

    /** Loads the inputs without progress or cancel. */
    public LoadResult load(List<Path> inputs) {
        return load(inputs, PartitionWindow.ALL);
    }

    /** Loads the inputs within the archive window, without progress or cancel. */
    public LoadResult load(List<Path> inputs, PartitionWindow window) {
        return load(inputs, window, LoadListener.NONE, new CancelSignal());
    }
}
