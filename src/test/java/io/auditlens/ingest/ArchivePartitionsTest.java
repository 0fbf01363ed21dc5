package io.auditlens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchivePartitionsTest {

    @TempDir
    Path dir;

    private Path archive() throws Exception {
        write(dir, "archive/team_id=7/dt=2026-03-03/hr=22/a.ndjson", lines(1));
        write(dir, "archive/team_id=7/dt=2026-03-04/hr=00/b.ndjson", lines(2));
        write(dir, "archive/team_id=7/dt=2026-03-04/hr=00/c.ndjson", lines(1));
        write(dir, "archive/team_id=7/dt=2026-03-05/hr=07/d.ndjson", lines(3));
        write(dir, "archive/team_id=7/dt=2026-03-09/.hidden/e.ndjson", lines(1));
        write(dir, "archive/notes/f.ndjson", lines(1));
        return dir.resolve("archive");
    }

    @Test
    void spansFromTheEarliestPartitionToTheLatest() throws Exception {
        ArchivePartitions found = ArchivePartitions.of(List.of(archive()));

        assertFalse(found.isEmpty());
        assertEquals(4, found.files(), "hidden entries and files outside hive folders are not archive files");
        assertEquals(Instant.parse("2026-03-03T22:00:00Z"), found.start());
        assertEquals(Instant.parse("2026-03-05T08:00:00Z"), found.end());
        assertEquals(LocalDate.parse("2026-03-03"), found.firstDay());
        assertEquals(LocalDate.parse("2026-03-05"), found.lastDay());
        assertTrue(found.hourly());
    }

    @Test
    void dayPartitionsEndAtTheDaysEnd() throws Exception {
        write(dir, "dt=2026-03-04/a.ndjson", lines(1));
        Path named = write(dir, "other/dt=2026-03-06/b.ndjson", lines(1));

        ArchivePartitions found = ArchivePartitions.of(List.of(dir.resolve("dt=2026-03-04"), named));

        assertEquals(2, found.files(), "a named file counts by its own folders");
        assertEquals(LocalDate.parse("2026-03-06"), found.lastDay());
        assertEquals(Instant.parse("2026-03-07T00:00:00Z"), found.end());
        assertFalse(found.hourly());
    }

    @Test
    void plainExportsHoldNoPartitions() throws Exception {
        Path file = write(dir, "exports/2026-03-04/a.ndjson", lines(1));

        assertTrue(ArchivePartitions.of(List.of(dir.resolve("exports"), file, dir.resolve("missing"))).isEmpty());
    }

    @Test
    void countsTheFilesAWindowLeavesOutAsTheLoaderDoes() throws Exception {
        Path archive = archive();
        ArchivePartitions found = ArchivePartitions.of(List.of(archive));
        PartitionWindow window = PartitionWindow.ofHours(LocalDateTime.parse("2026-03-04T00:00"),
                LocalDateTime.parse("2026-03-04T23:00"));

        assertEquals(2, found.filesOutside(window));
        assertEquals(0, found.filesOutside(PartitionWindow.ALL));
        LoadResult loaded = new Loader(2).load(List.of(archive), window);
        assertEquals(2, loaded.filesOutsideWindow());
        assertEquals(3, loaded.files().size(), "two files of 4 March and the one outside hive folders");
        assertEquals(0, new Loader(2).load(List.of(archive)).filesOutsideWindow());
    }

    @Test
    void aWindowOfHoursRunsFromTheFirstHoursStartToTheLastHoursEnd() {
        PartitionWindow window = PartitionWindow.ofHours(LocalDateTime.parse("2026-03-04T05:30"),
                LocalDateTime.parse("2026-03-05T23:00"));

        assertEquals(Instant.parse("2026-03-04T05:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-03-05T23:59:59.999999999Z"), window.to());
        assertTrue(window.excludes(Path.of("dt=2026-03-04/hr=04/a.parquet")));
        assertFalse(window.excludes(Path.of("dt=2026-03-05/hr=23/a.parquet")));
        assertTrue(window.excludes(Path.of("dt=2026-03-06/hr=00/a.parquet")));
    }
}
