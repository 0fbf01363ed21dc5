package io.auditlens.engine;

import io.auditlens.ingest.Loader;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DuckDB index writer's rows go through CSV: values that CSV treats specially (quotes, commas, line breaks,
 * empty text against no value, long lines) must come out of the index exactly as the in-memory store has them.
 */
class DuckDbIndexWriterTest {

    @TempDir
    Path dir;

    @Test
    void tricky_values_come_out_of_the_index_as_the_store_has_them() throws Exception {
        Path archive = dir.resolve("archive");
        String bigMessage = "x\\\"y,".repeat(500_000); // a 3 MB line in CSV, past read_csv's default line length
        List<String> day1 = List.of(
                event("2026-03-01T10:00:00.000+0000", "he said \\\"pull\\\", then left", "tag1", "\"reasonType\":\"\""),
                event("2026-03-01T09:00:00.000+0000", "line one\\nline two\\r\\nline three", "", null),
                event("2026-03-01T09:00:00.000+0000", "caf\u00e9 \u2603 \ud83d\ude80 ,,,", null, "\"reasonType\":\"OK\""),
                event("2026-03-01T11:00:00.000+0000", bigMessage, "t", null));
        List<String> day2 = List.of(
                event("2026-03-02T00:00:00.000+0000", "", "latest", null),
                event("2026-03-02T23:59:59.999+0000", "\\\"\\\"", "\\\"q\\\"", null));
        write(archive.resolve("dt=2026-03-01").resolve("a.ndjson"), day1);
        write(archive.resolve("dt=2026-03-02").resolve("b.ndjson"), day2);

        Path index = dir.resolve("index");
        new ArchiveIndexer().build(archive, index, (s, d, t, e) -> { }, CancelSignal.never());

        List<String> expected = new ArrayList<>();
        for (String source : List.of("dt=2026-03-01", "dt=2026-03-02")) {
            EventStore store = new Loader().load(files(archive.resolve(source))).store();
            RawEvents raw = new RawEvents(store);
            for (int row = 0; row < store.size(); row++) {
                StringBuilder line = new StringBuilder();
                for (IndexColumn c : IndexColumn.values()) {
                    line.append(IndexValues.of(c, store, row, raw.text(row), source, row)).append('|');
                }
                expected.add(line.toString());
            }
        }
        List<String> actual = indexRows(index);
        assertEquals(expected.size(), actual.size());
        assertEquals(sorted(expected), sorted(actual));
        assertTrue(actual.stream().anyMatch(l -> l.contains("|null|")), "a missing value is NULL: " + actual);
        assertEquals(6, actual.size());
        assertTrue(actual.stream().anyMatch(l -> l.contains(bigMessage.replace("\\", ""))), "the long event is whole");
        assertTrue(timeOrdered(index), "each day's file is in time order");
        try (Stream<Path> left = Files.walk(index)) {
            assertFalse(left.anyMatch(p -> p.toString().endsWith(".csv")), "no staging file is left behind");
        }
    }

    private static String event(String time, String message, String tag, String reasonField) {
        return "{\"eventTime\":\"" + time + "\",\"action\":\"container-registry.image.pull\",\"outcome\":\"success\","
                + "\"message\":\"" + message + "\",\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:"
                + "us-south:a/1::\",\"initiator\":{\"id\":\"IBMid-1\",\"name\":\"a@example.com\"},"
                + "\"target\":{\"name\":\"us.icr.io/ns/app" + (tag == null ? "" : ":" + tag) + "\"}"
                + (reasonField == null ? "" : ",\"reason\":{\"reasonCode\":200," + reasonField + "}") + "}";
    }

    private static void write(Path file, List<String> lines) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static List<String> indexRows(Path index) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DuckDbConnections.open(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * EXCLUDE (" + IndexColumn.DAY + ") FROM "
                     + IndexTable.duckDb(index))) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (IndexColumn c : IndexColumn.values()) {
                    Object v = "BIGINT".equals(c.type()) ? (Object) rs.getLong(c.sql()) : rs.getString(c.sql());
                    line.append(rs.wasNull() ? null : v).append('|');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    private static boolean timeOrdered(Path index) throws Exception {
        try (Connection db = DuckDbConnections.open(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT time_ms < lag(time_ms) OVER (PARTITION BY "
                     + "filename ORDER BY file_row_number) AS back FROM read_parquet("
                     + SqlDialect.DUCKDB.literal(index.toAbsolutePath() + "/**/*.parquet")
                     + ", filename = true, file_row_number = true)) WHERE back")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
