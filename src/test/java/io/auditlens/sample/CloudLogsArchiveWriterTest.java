package io.auditlens.sample;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate --format cloud-logs-parquet}: an hourly hive archive of Parquet files that loads back. */
class CloudLogsArchiveWriterTest {

    /** Two days, so the archive has a few dozen hourly files. */
    private static final SampleSettings SETTINGS =
            new SampleSettings(5, 300, SampleSettings.DEFAULT_START, Duration.ofDays(2));

    @TempDir
    Path dir;

    private final SampleWriter writer = new SampleWriter();

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void oneParquetFilePerHourInHiveFolders() throws IOException {
        Path out = dir.resolve("archive");
        WriteSummary summary = writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, out);
        List<Path> files = files(out);
        assertEquals(files.size(), summary.members());
        assertTrue(files.size() > 20 && files.size() <= 49, files.size() + " files");
        long bytes = 0;
        for (Path f : files) {
            String relative = out.relativize(f).toString().replace('\\', '/');
            assertTrue(relative.matches("team_id=\\d+/dt=2026-01-0[5-7]/hr=\\d\\d/part-\\d{5}\\.parquet"), relative);
            bytes += Files.size(f);
        }
        assertEquals(bytes, summary.bytes());
        assertEquals(300, summary.events());
    }

    @Test
    void eventsLoadBackIntoTheirHourAndEqualTheNdjsonOnes() throws IOException {
        Path out = dir.resolve("archive");
        Path ndjson = dir.resolve("e.ndjson");
        writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, out);
        writer.write(SETTINGS, SampleFormat.NDJSON, false, ndjson);

        LoadResult archive = new Loader(2).load(List.of(out));
        assertFalse(archive.anyFileFailed());
        assertEquals(300, archive.store().size());
        assertEquals(0, archive.rejected());
        EventStore store = archive.store();
        for (int row = 0; row < store.size(); row++) {
            Path hourFolder = store.sources().get(store.source(row)).input().getParent();
            Instant hour = LocalDate.parse(hourFolder.getParent().getFileName().toString().substring(3))
                    .atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(Duration.ofHours(Integer.parseInt(hourFolder.getFileName().toString().substring(3))));
            long time = store.time(row);
            assertTrue(time >= hour.toEpochMilli() && time < hour.plus(Duration.ofHours(1)).toEpochMilli(),
                    "event of " + Instant.ofEpochMilli(time) + " in " + hourFolder);
        }

        LoadResult both = new Loader(2).load(List.of(ndjson, out));
        assertEquals(300, both.store().size());
        assertEquals(300, both.files().stream().skip(1).mapToLong(FileReport::duplicates).sum(),
                "every archived event is the same event as in NDJSON");
    }

    @Test
    void sameSeedWritesIdenticalFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, a);
        writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, b);
        List<Path> filesA = files(a);
        List<Path> filesB = files(b);
        assertEquals(filesA.stream().map(a::relativize).toList(), filesB.stream().map(b::relativize).toList());
        for (int i = 0; i < filesA.size(); i++) {
            assertArrayEquals(Files.readAllBytes(filesA.get(i)), Files.readAllBytes(filesB.get(i)));
        }
    }

    @Test
    void onlyANewOrEmptyFolderIsWrittenAndNeverGzipped() throws IOException {
        Path used = dir.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertThrows(IOException.class, () -> writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, used));
        assertEquals(List.of(used.resolve("keep.txt")), files(used));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, true, dir.resolve("gz")));
        Path empty = dir.resolve("empty");
        assertEquals(0, writer.write(SampleSettings.of(1, 0), SampleFormat.CLOUD_LOGS_PARQUET, false, empty).members());
        assertTrue(Files.isDirectory(empty));
    }
}
