package io.auditlens.fields;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.ingest.Loader;
import io.auditlens.query.ScanProgress;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Generated events loaded into a store, with the engine and the field inventory the window would build. */
public record GeneratedData(EventStore store, RawEvents raw, EngineSelectionBackend backend, FieldInventory fields) {

    /** {@code count} events of seed 7, written as JSON Lines into {@code dir}. */
    public static GeneratedData of(Path dir, int count) throws IOException {
        Path file = dir.resolve("events.ndjson");
        new SampleWriter().write(SampleSettings.of(7, count), SampleFormat.NDJSON, false, file);
        EventStore store = new Loader().load(List.of(file)).store();
        RawEvents raw = new RawEvents(store);
        EngineSelectionBackend backend = new EngineSelectionBackend(store, raw);
        FieldInventory fields = FieldInventory.scan(store, raw, backend::countsOfAll, ScanProgress.NONE,
                CancelSignal.never());
        return new GeneratedData(store, raw, backend, fields);
    }
}
