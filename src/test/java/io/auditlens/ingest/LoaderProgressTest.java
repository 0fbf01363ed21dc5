package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoaderProgressTest {

    @TempDir
    Path dir;

    @Test
    void progressGrowsToTheTotalOfAllInputs() throws Exception {
        Path a = write(dir, "a.ndjson", lines(20_000));
        Path b = write(dir, "b.gz", TestEvents.gzip(lines(3)));
        List<LoadProgress> seen = new ArrayList<>();
        LoadResult r = new Loader(2).load(List.of(a, b), seen::add, new CancelSignal());
        long total = r.files().get(0).bytes() + r.files().get(1).bytes();
        LoadProgress last = seen.get(seen.size() - 1);
        assertEquals(total, last.bytesTotal());
        assertEquals(total, last.bytesDone());
        assertEquals(20_000, last.events());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).bytesDone() >= seen.get(i - 1).bytesDone());
        }
    }

    @Test
    void cancelStopsTheLoad() throws Exception {
        Path a = write(dir, "a.ndjson", lines(50_000));
        CancelSignal control = new CancelSignal();
        LoadListener cancelAtFirstProgress = p -> control.cancel();
        assertThrows(CancellationException.class,
                () -> new Loader(2).load(List.of(a), cancelAtFirstProgress, control));
    }
}
