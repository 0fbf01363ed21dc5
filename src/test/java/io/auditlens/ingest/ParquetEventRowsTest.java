package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of an archive as lines: progress every batch of rows, cancel between batches, rejected rows apart. */
class ParquetEventRowsTest {

    @TempDir
    Path dir;

    private Path archive(int rows) throws Exception {
        return ParquetFiles.archive(dir.resolve("a.parquet"),
                IntStream.range(0, rows).mapToObj(i -> "{\"n\":" + i + "}").toList(), 500);
    }

    @Test
    void rowsBecomeLinesAndProgressCountsThem() throws Exception {
        List<long[]> progress = new ArrayList<>();
        try (ParquetEngine engine = ParquetEngine.open();
             ParquetEventRows rows = engine.eventRows(archive(3000), new CancelSignal(),
                     (done, total) -> progress.add(new long[] {done, total}))) {
            assertEquals(3000, rows.total());
            String text = new String(rows.lines().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3000, text.lines().count());
            assertEquals("{\"n\":2999}\n", text.substring(text.lastIndexOf("{")));
        }
        assertEquals(List.of("1024/3000", "2048/3000", "3000/3000"),
                progress.stream().map(p -> p[0] + "/" + p[1]).toList());
    }

    @Test
    void cancelIsCheckedBetweenBatchesOfRows() throws Exception {
        CancelSignal control = new CancelSignal();
        try (ParquetEngine engine = ParquetEngine.open();
             ParquetEventRows rows = engine.eventRows(archive(5000), control, (done, total) -> control.cancel())) {
            InputStream lines = rows.lines();
            assertThrows(CancellationException.class, lines::readAllBytes);
        }
    }

    @Test
    void aRejectedRowEndsTheLinesBeforeIt() throws Exception {
        Path p = ParquetFiles.archive(dir.resolve("b.parquet"), Arrays.asList("{\"a\":1}", null, "{\"b\":2}"));
        try (ParquetEngine engine = ParquetEngine.open();
             ParquetEventRows rows = engine.eventRows(p, new CancelSignal(), (done, total) -> { })) {
            assertEquals("{\"a\":1}\n", new String(rows.lines().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(rows.nextIsRejected());
            assertEquals("src_obj__user_data is NULL: the row holds no event", rows.takeRejection());
            assertEquals("{\"b\":2}\n", new String(rows.lines().readAllBytes(), StandardCharsets.UTF_8));
            assertFalse(rows.hasNext());
        }
    }

    @Test
    void hashPacerReadsTheShareOfTheFileThatTheRowsStandFor() throws Exception {
        ByteArrayInputStream file = new ByteArrayInputStream(new byte[1000]);
        HashPacer pacer = new HashPacer(file, 1000);
        pacer.rowsRead(1, 4);
        assertEquals(750, file.available());
        pacer.rowsRead(3, 4);
        assertEquals(250, file.available());
        pacer.rowsRead(4, 4);
        assertEquals(0, file.available());
    }
}
