package io.auditlens.ingest;

import io.auditlens.store.EventColumn;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.lines;
import static io.auditlens.ingest.TestEvents.load;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IBM Cloud Logs archives in Parquet: read row by row as lines of JSON, with the same reports as any other input. */
class LoaderParquetTest {

    @TempDir
    Path dir;

    private static List<String> events(int from, int to) {
        return IntStream.range(from, to).mapToObj(TestEvents::event).toList();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void assertRejected(FileReport f, int line, String reasonPart) {
        assertTrue(f.errors().stream().anyMatch(e -> e.line() == line && e.message().contains(reasonPart)),
                () -> "expected row " + line + " with '" + reasonPart + "' in " + f.errors());
    }

    @Test
    void archiveLoadsEveryRowWithTheDigestOfTheFileBytes() throws Exception {
        Path p = ParquetFiles.archive(dir.resolve("team_id=1/dt=2026-03-04/hr=12/part-0.parquet"), events(0, 50));
        LoadResult r = load(p);
        FileReport f = r.files().get(0);
        assertNull(f.fileError());
        assertEquals("parquet", f.format());
        assertEquals(50, f.events());
        assertEquals(0, f.rejected());
        assertEquals(sha256(p), f.sha256());
        assertEquals(Files.size(p), f.bytes());
        assertEquals("us-south", r.store().value(EventColumn.REGION, 0));
    }

    @Test
    void rawEventOfAnArchiveRowIsItsOriginalJson() throws Exception {
        LoadResult r = load(ParquetFiles.archive(dir.resolve("a.parquet"), events(0, 20)));
        RawEvents raw = new RawEvents(r.store());
        for (int i = 0; i < 20; i++) {
            assertEquals(event(i), raw.text(i));
        }
    }

    @Test
    void sameEventInNdjsonAndInAnArchiveIsOneEvent() throws Exception {
        Path ndjson = write(dir, "a.ndjson", lines(10));
        Path parquet = ParquetFiles.archive(dir.resolve("b.parquet"), events(5, 15));
        LoadResult r = load(ndjson, parquet);
        assertEquals(15, r.store().size());
        assertEquals(5, r.files().get(1).events());
        assertEquals(5, r.files().get(1).duplicates());
    }

    @Test
    void rowsWithoutAnEventAreRejectedWithTheirRowNumber() throws Exception {
        List<String> rows = Arrays.asList(event(1), null, event(2), "", "  ", event(3), "not json", event(4));
        FileReport f = load(ParquetFiles.archive(dir.resolve("a.parquet"), rows)).files().get(0);
        assertNull(f.fileError());
        assertEquals(4, f.events());
        assertEquals(4, f.rejected());
        assertRejected(f, 2, "src_obj__user_data is NULL");
        assertRejected(f, 4, "src_obj__user_data is empty");
        assertRejected(f, 5, "src_obj__user_data is empty");
        assertRejected(f, 7, "broken JSON");
        assertEquals(List.of(2, 4, 5, 7), f.errors().stream().map(LineError::line).toList());
    }

    @Test
    void lineBreaksInTheEventTextKeepRowsAndLinesTogether() throws Exception {
        String pretty = event(2).replace(",\"", ",\n  \"").replace("{\"eventTime", "{\r\n  \"eventTime") + "\n";
        String breakInString = event(3).replace("pull image", "pull\nimage");
        List<String> rows = List.of(event(1), pretty, breakInString, "{\"action\":", event(4));
        LoadResult r = load(ParquetFiles.archive(dir.resolve("a.parquet"), rows));
        FileReport f = r.files().get(0);
        assertEquals(3, f.events());
        assertEquals(2, f.rejected());
        assertRejected(f, 3, "a line break inside a string");
        assertRejected(f, 4, "broken JSON");
        String kept = new RawEvents(r.store()).text(1);
        assertFalse(kept.contains("\n") || kept.contains("\r"), kept);
        assertEquals(pretty.replace('\r', ' ').replace('\n', ' ').strip(), kept.strip());
    }

    @Test
    void rowOrderIsKeptAcrossManyRowGroups() throws Exception {
        List<String> rows = new ArrayList<>(events(0, 5000));
        for (int missing : new int[] {1, 777, 2500, 5000}) {
            rows.set(missing - 1, null);
        }
        FileReport f = load(ParquetFiles.archive(dir.resolve("a.parquet"), rows, 100)).files().get(0);
        assertEquals(4996, f.events());
        assertEquals(List.of(1, 777, 2500, 5000), f.errors().stream().map(LineError::line).toList());
    }

    @Test
    void fileWithoutTheEventColumnIsNotAnArchive() throws Exception {
        Path p = ParquetFiles.table(dir.resolve("other.parquet"), List.of("id", "payload"),
                List.of(List.of("1", event(1))), 1000);
        FileReport f = load(p).files().get(0);
        assertTrue(f.failed());
        assertEquals("parquet", f.format());
        assertTrue(f.fileError().startsWith("not an IBM Cloud Logs archive"), f.fileError());
        assertTrue(f.fileError().contains("src_obj__event_metadata, src_obj__event_labels, src_obj__user_data"),
                f.fileError());
        assertEquals(sha256(p), f.sha256());
    }

    @Test
    void damagedArchiveFailsAloneAndTheOtherFilesLoad() throws Exception {
        byte[] whole = Files.readAllBytes(ParquetFiles.archive(dir.resolve("whole.parquet"), events(0, 300)));
        Path cut = write(dir, "cut.parquet", Arrays.copyOf(whole, whole.length / 2));
        Path junk = write(dir, "junk.parquet", "PAR1\u0015\u0000\u0015 not a column chunk PAR1");
        Path good = write(dir, "good.ndjson", lines(3));
        Path goodArchive = ParquetFiles.archive(dir.resolve("good.parquet"), events(10, 12));
        LoadResult r = load(cut, junk, good, goodArchive);
        for (FileReport f : r.files().subList(0, 2)) {
            assertTrue(f.failed());
            assertEquals("parquet", f.format());
            assertTrue(f.fileError().startsWith("cannot be read as Parquet: "), f.fileError());
            assertFalse(f.fileError().contains("\n"), f.fileError());
            assertFalse(f.fileError().contains(dir.toString()), "the report names the file once: " + f.fileError());
        }
        assertEquals(sha256(cut), r.files().get(0).sha256());
        assertEquals("cannot be read as Parquet: Invalid Input Error: Footer length error",
                r.files().get(1).fileError());
        assertEquals(3, r.files().get(2).events());
        assertEquals(2, r.files().get(3).events(), "a failed file does not stop the next archive");
        assertEquals(5, r.store().size());
    }

    @Test
    void emptyArchiveSaysSo() throws Exception {
        FileReport f = load(ParquetFiles.archive(dir.resolve("none.parquet"), List.of())).files().get(0);
        assertFalse(f.failed());
        assertEquals(0, f.events());
        assertTrue(f.errors().get(0).message().contains("no rows"), f.errors().toString());
    }

    @Test
    void globCharactersInTheNameAreTakenLiterally() throws Exception {
        Path odd = ParquetFiles.archive(dir.resolve("a*b?[c]{d}.parquet"), events(0, 3));
        ParquetFiles.archive(dir.resolve("aXbY[c]{d}.parquet"), events(10, 20));
        assertEquals(3, load(odd).files().get(0).events());
    }

    @Test
    void progressReachesTheArchiveSizeAndCancelStopsTheLoad() throws Exception {
        Path p = ParquetFiles.archive(dir.resolve("a.parquet"), events(0, 20_000), 1000);
        List<LoadProgress> seen = new ArrayList<>();
        new Loader(2).load(List.of(p), seen::add, new CancelSignal());
        LoadProgress last = seen.get(seen.size() - 1);
        assertEquals(Files.size(p), last.bytesDone());
        assertEquals(20_000, last.events());

        CancelSignal control = new CancelSignal();
        assertThrows(CancellationException.class,
                () -> new Loader(2).load(List.of(p), progress -> control.cancel(), control));
    }
}
