package io.auditlens.ui.load;

import io.auditlens.engine.SelectionBackend;
import io.auditlens.ui.common.ByteSizes;
import io.auditlens.ui.window.LoadReport;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.task.CancelSignal;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Loads files through {@link Loader} and prepares everything the window needs from the new store (the engine
 * binding, facet values) off the JavaFX thread. Progress is bytes read of the total; the message says bytes,
 * events and events per second. Cancelling stops the loader.
 */
final class LoadTask extends Task<LoadTask.Attempt> {

    /** A finished load: the loader's result, how the window treats it, its report, and the data to show. */
    record Attempt(LoadResult result, LoadOutcome outcome, LoadReport report, LoadedData data) {
    }

    private final Loader loader;
    private final List<Path> inputs;
    private final List<Path> newInputs;
    private final PartitionWindow window;
    private final BiFunction<EventStore, RawEvents, SelectionBackend> engine;
    private final CancelSignal control = new CancelSignal();

    LoadTask(Loader loader, List<Path> inputs, List<Path> newInputs, PartitionWindow window,
             BiFunction<EventStore, RawEvents, SelectionBackend> engine) {
        this.loader = loader;
        this.inputs = List.copyOf(inputs);
        this.newInputs = List.copyOf(newInputs);
        this.window = window;
        this.engine = engine;
        updateTitle(describe(newInputs));
    }

    @Override
    protected Attempt call() {
        long started = System.nanoTime();
        LoadResult result = loader.load(inputs, window, p -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            updateProgress(p.bytesDone(), Math.max(1, p.bytesTotal()));
            updateMessage(ByteSizes.format(p.bytesDone()) + " of " + ByteSizes.format(p.bytesTotal()) + " · "
                    + String.format("%,d events · %,.0f events/s", p.events(), p.events() / seconds));
        }, control);
        LoadOutcome outcome = LoadOutcome.judge(result, inputs, newInputs);
        LoadReport report = new LoadReport(result.files(), window, result.filesOutsideWindow());
        if (!outcome.accepted()) {
            return new Attempt(result, outcome, report, null);
        }
        updateMessage("Preparing " + String.format("%,d", result.store().size()) + " events");
        EventStore store = result.store();
        RawEvents raw = new RawEvents(store);
        LoadedData data = new LoadedData(store, raw, engine.apply(store, raw), outcome.keptInputs(),
                report, result.elapsedNanos(), facetValues(store));
        return new Attempt(result, outcome, report, data);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        control.cancel();
        return super.cancel(mayInterruptIfRunning);
    }

    private static Map<Facet, List<String>> facetValues(EventStore store) {
        Map<Facet, List<String>> values = new LinkedHashMap<>();
        for (BuiltInFacet facet : SelectionBackend.FACETS) {
            Dictionary dict = store.dictionary(facet.column());
            List<String> list = new ArrayList<>(dict.size());
            for (int code = 1; code < dict.size(); code++) {
                list.add(dict.value(code));
            }
            values.put(facet, List.copyOf(list));
        }
        return values;
    }

    /** The title of a load of {@code paths}: "Loading events.ndjson" or "Loading 3 inputs". */
    static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            Path name = paths.get(0).getFileName();
            return "Loading " + (name == null ? paths.get(0) : name);
        }
        return "Loading " + paths.size() + " inputs";
    }
}
