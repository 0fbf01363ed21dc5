package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.testdata.ParquetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --from}/{@code --to}: archive files in dt=/hr= folders outside the range are not inputs at all. */
class ArchiveWindowCommandTest {

    @TempDir
    Path dir;

    private Path archive;

    private static String event(String time, int n) {
        return "{\"eventTime\":\"" + time + "\",\"action\":\"container-registry.image.pull\",\"outcome\":\"success\","
                + "\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:us-south:a/1::\","
                + "\"correlationId\":\"00000000-0000-4000-8000-" + String.format("%012d", n) + "\"}";
    }

    /** Hours 22 and 23 of 3 March and hour 0 of 4 March, with 1, 2 and 3 events; one plain export beside them. */
    @BeforeEach
    void writeArchive() throws Exception {
        archive = dir.resolve("archive");
        String[] hours = {"dt=2026-03-03/hr=22", "dt=2026-03-03/hr=23", "dt=2026-03-04/hr=00"};
        int n = 0;
        for (int h = 0; h < hours.length; h++) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i <= h; i++) {
                String hour = hours[h].substring(hours[h].length() - 2);
                rows.add(event(hours[h].substring(3, 13) + "T" + hour + ":1" + i + ":00Z", n++));
            }
            ParquetFiles.archive(archive.resolve("team_id=9").resolve(hours[h]).resolve("part-0.parquet"), rows);
        }
        Files.writeString(archive.resolve("extra.ndjson"), event("2026-01-01T00:00:00Z", 99) + "\n");
    }

    private static JsonNode summarize(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("summarize", "--json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void withoutARangeEveryFileIsRead() throws Exception {
        JsonNode j = summarize(archive.toString());
        assertEquals(4, j.get("files").size());
        assertEquals(7, j.get("events").asInt());
        assertEquals("ndjson", j.get("files").get(0).get("format").asText(), "extra.ndjson sorts first");
        assertEquals("parquet", j.get("files").get(1).get("format").asText());
    }

    @Test
    void partitionsOutsideTheRangeAreSkipped() throws Exception {
        JsonNode day = summarize("--from", "2026-03-04", "--to", "2026-03-04", archive.toString());
        assertEquals(2, day.get("files").size(), "hour 0 of 4 March and the plain export");
        assertEquals(4, day.get("events").asInt());

        JsonNode hours = summarize("--from", "2026-03-03T23:30", "--to", "2026-03-04T00:00:00Z", archive.toString());
        assertEquals(3, hours.get("files").size());
        assertEquals(6, hours.get("events").asInt());

        JsonNode early = summarize("--to", "2026-03-03T22:59:59.999Z", archive.toString());
        assertEquals(2, early.get("files").size());
        assertEquals(2, early.get("events").asInt());
    }

    @Test
    void theTextSummarySaysHowManyArchiveFilesWereLeftOut() {
        CliRun run = CliRun.of("summarize", "--from", "2026-03-04", archive.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(2 archive files outside --from/--to not read)"), run.out());
        assertFalse(CliRun.of("summarize", archive.toString()).out().contains("outside --from/--to"));
    }

    @Test
    void aRangeMissingEveryInputSaysSo() throws Exception {
        Path hour = archive.resolve("team_id=9/dt=2026-03-03/hr=22");
        CliRun run = CliRun.of("summarize", "--json", "--from", "2027-01-01", hour.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(0, j.get("files").size());
        assertEquals(0, j.get("events").asInt());
        assertTrue(run.err().contains("no input lies within --from/--to"), run.err());
    }

    @Test
    void badTimesAreUsageErrors() {
        CliRun garbled = CliRun.of("summarize", "--from", "yesterday", archive.toString());
        assertEquals(2, garbled.exitCode());
        assertTrue(garbled.err().contains("ISO date"), garbled.err());
        CliRun reversed = CliRun.of("summarize", "--from", "2026-03-05", "--to", "2026-03-04", archive.toString());
        assertEquals(2, reversed.exitCode());
        assertTrue(reversed.err().startsWith("auditlens: --from and --to:"), reversed.err());
    }
}
