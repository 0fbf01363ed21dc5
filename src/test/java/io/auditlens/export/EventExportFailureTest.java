package io.auditlens.export;

import io.auditlens.evidence.Evidence;
import io.auditlens.files.FileReplacement;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.query.EventField;
import io.auditlens.query.Selection;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export that fails or is cancelled half-way leaves nothing under its final name, nor a temporary file. */
class EventExportFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFailureMidExportOrACancelLeavesNoFileAndAnEarlierExportIntact() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(EventJson.at("2026-03-04T12:00:00Z", "image.pull").message("event " + i).json());
        }
        Path input = TestInputs.ndjson(dir, "in.ndjson", lines);
        LoadResult load = new Loader().load(List.of(input));
        Path target = dir.resolve("out.ndjson");
        Files.writeString(target, "an earlier export\n");
        int[] rows = new io.auditlens.query.SelectionEngine(load.store()).evaluate(Selection.all())
                .sortedRows(EventField.TIME, false);
        ExportRequest request = new ExportRequest(ExportFormat.NDJSON, target, load.store(),
                new RawEvents(load.store()), rows, List.of(), Evidence.none().onRows(load.store()), load.files(),
                SelectionRecord.of(Selection.all(), null, null, null));
        EventExport export = new EventExport("ana", Clock.systemUTC(), FileReplacement.atomicMove());

        CancelSignal cancel = new CancelSignal();
        assertThrows(CancellationException.class, () -> export.write(request, (done, total) -> {
            if (done >= 1024) {
                cancel.cancel();
            }
        }, cancel));
        assertEquals("an earlier export\n", Files.readString(target));

        // The input changes under the export, as a disk error would stop it: the export fails with a message.
        Files.writeString(input, "changed");
        IOException e = assertThrows(IOException.class,
                () -> export.write(request, ExportProgress.NONE, CancelSignal.never()));
        assertTrue(e.getMessage().contains("in.ndjson"), e.getMessage());
        assertEquals("an earlier export\n", Files.readString(target));
        assertFalse(Files.exists(EventExport.sidecarOf(target)));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }
}
