package io.auditlens.ui.load;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;
import io.auditlens.ingest.LoadResult;
import io.auditlens.store.EventStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadOutcomeTest {

    private static final Path OLD = Path.of("data", "old.ndjson").toAbsolutePath();
    private static final Path PICTURE = Path.of("data", "cat.png").toAbsolutePath();
    private static final Path FOLDER = Path.of("data", "more").toAbsolutePath();

    @Test
    void whenEveryNewInputFailsTheShownDataStays() {
        LoadResult result = result(ok(OLD, 0), failed(PICTURE));

        LoadOutcome outcome = LoadOutcome.judge(result, List.of(OLD, PICTURE), List.of(PICTURE));

        assertFalse(outcome.accepted());
        assertEquals(List.of("cat.png was not loaded: unknown format"), outcome.failureMessages());
    }

    @Test
    void aFolderWithOneGoodFileIsAcceptedAndFailedInputsAreForgotten() {
        LoadResult result = result(ok(OLD, 0), failed(PICTURE), ok(FOLDER.resolve("a.ndjson"), 3),
                failed(FOLDER.resolve("b.png")));

        LoadOutcome outcome = LoadOutcome.judge(result, List.of(OLD, PICTURE, FOLDER), List.of(PICTURE, FOLDER));

        assertTrue(outcome.accepted());
        assertEquals(List.of(OLD, FOLDER), outcome.keptInputs());
        assertEquals("3 lines were rejected in 1 file.", outcome.rejectionMessage());
        assertEquals(2, outcome.failedFiles().size());
    }

    private static LoadResult result(FileReport... files) {
        return new LoadResult(EventStore.empty(), List.of(files), 0, 0);
    }

    private static FileReport ok(Path p, long rejected) {
        return new FileReport(p.toString(), "00", 10, "ndjson", 5, rejected, 0, List.of(), null);
    }

    private static FileReport failed(Path p) {
        return new FileReport(p.toString(), "00", 10, null, 0, 0, 0, List.of(new LineError(0, "unknown format")),
                "unknown format");
    }
}
