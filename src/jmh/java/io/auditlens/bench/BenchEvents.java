package io.auditlens.bench;

import io.auditlens.ingest.Loader;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.store.EventStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmarks' million events: generated (seed 42) into the file on first use, then loaded into a store. */
final class BenchEvents {

    private BenchEvents() {
    }

    static EventStore load(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            Files.createDirectories(path.toAbsolutePath().getParent());
            new SampleWriter().write(SampleSettings.of(42, 1_000_000), SampleFormat.NDJSON, false, path);
        }
        return new Loader().load(List.of(path)).store();
    }
}
