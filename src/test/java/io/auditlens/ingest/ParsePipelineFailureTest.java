package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What leaves the pipeline when a parser thread fails: memory trouble as itself, so the user is told to add heap. */
class ParsePipelineFailureTest {

    @Test
    void aParserThreadOutOfMemoryReachesTheCallerAsItself() {
        assertThrows(OutOfMemoryError.class, () -> parseFailing(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
    }

    @Test
    void anyOtherParserFailureIsReportedAsAFailedChunk() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parseFailing(() -> {
            throw new IllegalArgumentException("a bug");
        }));
        assertEquals("parsing a chunk failed", e.getMessage());
        assertEquals("a bug", e.getCause().getMessage());
    }

    private static void parseFailing(Callable<EventBatch> parse) throws InterruptedException {
        try (ParsePipeline pipeline = new ParsePipeline(2, new JsonFactory(), new StoreMerger(16))) {
            pipeline.submitTask(new byte[16], parse);
            pipeline.mergeAll();
        }
    }
}
