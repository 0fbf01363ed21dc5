package io.auditlens.ingest;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows handed over by another reader load exactly as the same rows read from the Parquet file. */
class ArchiveRowsLoadTest {

    @TempDir
    Path dir;

    @Test
    void rowsLoadAsTheFileLoads() throws Exception {
        List<String> rows = new ArrayList<>(new RandomAuditData(4).eventTexts(300));
        rows.add(5, null);
        rows.add(9, "  ");
        rows.add(12, "{\"eventTime\": broken");
        rows.add(20, "{\"action\":\n\"two lines\"}");
        rows.add(rows.get(30));
        Path file = ParquetFiles.archive(dir.resolve("dt=2026-03-04/hr=00/part.parquet"), rows, 64);
        LoadResult fromFile = new Loader().load(List.of(file));
        LoadResult fromRows = new Loader(1).loadArchiveRows(List.of(new ArchiveRows(file, file.toString(), rows)),
                CancelSignal.never());
        FileReport expected = fromFile.files().get(0);
        FileReport got = fromRows.files().get(0);
        assertEquals(new FileReport(expected.path(), "", expected.bytes(), expected.format(), expected.events(),
                expected.rejected(), expected.duplicates(), expected.errors(), expected.fileError()),
                new FileReport(got.path(), "", expected.bytes(), got.format(), got.events(), got.rejected(),
                        got.duplicates(), got.errors(), got.fileError()));
        assertEquals(4, got.rejected(), got.toString());
        assertEquals(1, got.duplicates(), got.toString());
        assertEquals(describe(fromFile.store()), describe(fromRows.store()));
    }

    @Test
    void copiesAreDroppedWithinEachInputOnly() {
        List<String> rows = new RandomAuditData(5).eventTexts(40);
        List<String> withCopy = new ArrayList<>(rows);
        withCopy.add(rows.get(0));
        LoadResult load = new Loader(1).loadArchiveRows(List.of(new ArchiveRows(dir.resolve("a"), "a", withCopy),
                new ArchiveRows(dir.resolve("b"), "b", rows)), CancelSignal.never());
        assertEquals(80, load.store().size());
        assertEquals(List.of(1L, 0L), load.files().stream().map(FileReport::duplicates).toList());
        assertEquals(List.of(0, 1), List.of(load.store().source(0), load.store().source(79)));
    }

    private static List<String> describe(EventStore store) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < store.size(); row++) {
            StringBuilder s = new StringBuilder().append(store.time(row)).append(store.hash(row));
            for (EventColumn c : EventColumn.values()) {
                s.append('|').append(store.value(c, row));
            }
            out.add(s.append('|').append(Arrays.toString(new long[] {store.offset(row), store.length(row)})).toString());
        }
        return out;
    }
}
