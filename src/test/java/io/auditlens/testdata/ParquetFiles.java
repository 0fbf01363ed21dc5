package io.auditlens.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Writes small Parquet files for tests through an embedded DuckDB: IBM Cloud Logs archive files, or any text columns. */
public final class ParquetFiles {

    private ParquetFiles() {
    }

    /** An archive file whose rows hold these texts in {@code src_obj__user_data}, in order; null writes NULL. */
    public static Path archive(Path file, List<String> userData) throws IOException {
        return archive(file, userData, 122_880);
    }

    /** The same in row groups of {@code rowGroupSize} rows, so that a file has many of them. */
    public static Path archive(Path file, List<String> userData, int rowGroupSize) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < userData.size(); i++) {
            rows.add(Arrays.asList("{\"timestamp\":\"2026-03-04T12:00:00.000Z\",\"row\":" + i + "}",
                    "{\"applicationname\":\"ibm-audit-event\"}", userData.get(i)));
        }
        return table(file, List.of("src_obj__event_metadata", "src_obj__event_labels", "src_obj__user_data"), rows,
                rowGroupSize);
    }

    /**
     * An archive with something wrong: day 2026-03-04 holds 20 events, 2026-03-05 a file {@code b.parquet} that
     * starts like Parquet and is not, and 2026-03-06 an empty partition (a file of no rows).
     */
    public static Path damagedArchive(Path root) throws IOException {
        archive(root.resolve("dt=2026-03-04/hr=00/a.parquet"), new RandomAuditData(3).eventTexts(20));
        Files.writeString(Files.createDirectories(root.resolve("dt=2026-03-05/hr=00")).resolve("b.parquet"),
                "PAR1 this is not a Parquet file");
        archive(root.resolve("dt=2026-03-06/hr=00/c.parquet"), List.of());
        return root;
    }

    /** A file with these VARCHAR columns and rows (null cells are NULL), rows kept in the order given. */
    public static Path table(Path file, List<String> columns, List<List<String>> rows, int rowGroupSize)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> quoted = columns.stream().map(c -> "\"" + c + "\"").toList();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE t (seq BIGINT, " + String.join(", ",
                    quoted.stream().map(c -> c + " VARCHAR").toList()) + ")");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (?"
                    + String.join("", Collections.nCopies(columns.size(), ", ?")) + ")")) {
                for (int r = 0; r < rows.size(); r++) {
                    insert.setLong(1, r);
                    for (int c = 0; c < columns.size(); c++) {
                        insert.setString(c + 2, rows.get(r).get(c));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            sql.execute("COPY (SELECT " + String.join(", ", quoted) + " FROM t ORDER BY seq) TO '"
                    + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet, ROW_GROUP_SIZE "
                    + rowGroupSize + ")");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return file;
    }
}
