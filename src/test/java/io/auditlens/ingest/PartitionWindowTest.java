package io.auditlens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionWindowTest {

    @TempDir
    Path dir;

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static PartitionWindow window(String from, String to) {
        return new PartitionWindow(from == null ? null : at(from), to == null ? null : at(to));
    }

    @Test
    void partitionIsTheDayOrTheHourOfTheHiveFolders() {
        assertEquals(Optional.of(new HivePartition(at("2026-03-04T13:00:00Z"), at("2026-03-04T14:00:00Z"))),
                HivePartition.of(Path.of("archive/team_id=7/dt=2026-03-04/hr=13/part-0.parquet")));
        assertEquals(Optional.of(new HivePartition(at("2026-03-04T00:00:00Z"), at("2026-03-05T00:00:00Z"))),
                HivePartition.of(Path.of("archive/dt=2026-03-04/part-0.parquet")));
        assertEquals(Optional.of(new HivePartition(at("2026-03-04T00:00:00Z"), at("2026-03-05T00:00:00Z"))),
                HivePartition.of(Path.of("dt=2026-03-04/hr=24/part-0.parquet")), "an hour that is none: the day");
    }

    @Test
    void foldersThatAreNotHivePartitionsGiveNone() {
        assertEquals(Optional.empty(), HivePartition.of(Path.of("exports/2026-03-04/a.ndjson")));
        assertEquals(Optional.empty(), HivePartition.of(Path.of("dt=2026-02-30/hr=01/a.parquet")));
        assertEquals(Optional.empty(), HivePartition.of(Path.of("hr=01/dt=today/a.parquet")));
        assertEquals(Optional.empty(), HivePartition.of(Path.of("dt=2026-03-04.parquet")), "a file name is no folder");
    }

    @Test
    void filesWhollyOutsideTheWindowAreExcluded() {
        PartitionWindow w = window("2026-03-04T12:30:00Z", "2026-03-04T14:00:00Z");
        assertTrue(w.excludes(Path.of("dt=2026-03-04/hr=11/a.parquet")));
        assertFalse(w.excludes(Path.of("dt=2026-03-04/hr=12/a.parquet")), "overlaps the window's start");
        assertFalse(w.excludes(Path.of("dt=2026-03-04/hr=14/a.parquet")), "the end is inclusive");
        assertTrue(w.excludes(Path.of("dt=2026-03-04/hr=15/a.parquet")));
        assertFalse(w.excludes(Path.of("dt=2026-03-04/a.parquet")));
        assertTrue(w.excludes(Path.of("dt=2026-03-03/a.parquet")));
        assertFalse(w.excludes(Path.of("plain/a.ndjson")), "files outside hive folders are always read");
    }

    @Test
    void openEndsAndNoWindow() {
        assertTrue(window("2026-03-05T00:00:00Z", null).excludes(Path.of("dt=2026-03-04/hr=23/a.parquet")));
        assertFalse(window(null, "2026-03-04T00:00:00Z").excludes(Path.of("dt=2026-03-04/hr=00/a.parquet")));
        assertFalse(PartitionWindow.ALL.excludes(Path.of("dt=1999-01-01/a.parquet")));
        assertThrows(IllegalArgumentException.class, () -> window("2026-03-05T00:00:00Z", "2026-03-04T00:00:00Z"));
    }

    @Test
    void loaderLeavesExcludedFilesOutOfItsInputs() throws Exception {
        write(dir, "archive/dt=2026-03-03/hr=23/a.ndjson", lines(1));
        write(dir, "archive/dt=2026-03-04/hr=00/b.ndjson", lines(2));
        write(dir, "archive/notes/c.ndjson", lines(3));
        Path named = write(dir, "old/dt=2026-01-01/d.ndjson", lines(4));
        Path onlyOld = dir.resolve("old");
        LoadResult r = new Loader(2).load(List.of(dir.resolve("archive"), named, onlyOld),
                window("2026-03-04T00:00:00Z", null));
        assertEquals(List.of("b.ndjson", "c.ndjson"),
                r.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
        assertFalse(r.anyFileFailed(), "a folder whose files are all outside the window is no error");
    }
}
