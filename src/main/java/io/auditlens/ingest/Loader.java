package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Loads activity-event exports into an {@link io.auditlens.store.EventStore}: every format of formats.md,
 * detected from content, parsed on all cores, with a report per file. Inputs are opened read-only.
 */
public final class Loader {

    private static final int ROWS_CHUNK_SIZE = 1 << 20;

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
     * Loads rows of IBM Cloud Logs archive files that another reader (Spark) read, each as the rows of a Parquet
     * input are loaded: one report and one store source per {@link ArchiveRows}, in order. Duplicates are dropped
     * within each input only, as the inputs need not come in load order: the caller drops copies across them. The
     * reports' SHA-256 is left empty, since the files are not read here.
     */
    public LoadResult loadArchiveRows(List<ArchiveRows> inputs, CancelSignal control) {
        long started = System.nanoTime();
        // Spark hands over thousands of slices a run: small chunk buffers keep each load cheap.
        try (LoadRun run = new LoadRun(factory, threads, List.of(), LoadListener.NONE, control, spoolLimits,
                ROWS_CHUNK_SIZE)) {
            return run.executeRows(inputs, started);
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
