package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import io.auditlens.task.FailureReason;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * An in-process DuckDB database through which a load reads IBM Cloud Logs archives (Parquet). It is opened at the
 * first Parquet input a load meets, so loads of JSON never start it; it reads the files itself, read-only.
 */
final class ParquetEngine implements AutoCloseable {

    /** The column holding each event's JSON text. */
    static final String EVENT_COLUMN = ArchiveColumns.EVENT_COLUMN;

    /*
     * Unannotated byte arrays are read as text; folder names are not turned into columns; each row carries its
     * place in the file, which the reader checks.
     */
    private static final String SCAN = "read_parquet(?, binary_as_string = true, hive_partitioning = false)";
    private static final String NUMBERED_SCAN =
            "read_parquet(?, binary_as_string = true, hive_partitioning = false, file_row_number = true)";

    private static final String COUNT_ROWS = "SELECT count(*) FROM " + SCAN;
    private static final String READ_EVENTS = "SELECT " + EVENT_COLUMN + ", file_row_number FROM " + NUMBERED_SCAN;

    private final Connection connection;
    /*
     * Kept from file to file, as preparing costs about as much as reading a small file; prepared again after a
     * failure, which closes them.
     */
    private PreparedStatement rowCount;
    private PreparedStatement eventColumn;

    private ParquetEngine(Connection connection) {
        this.connection = connection;
    }

    /** Starts the database; the driver first unpacks its native library into the temp folder. */
    static ParquetEngine open() throws ParquetException {
        Properties settings = new Properties();
        settings.setProperty("jdbc_stream_results", "true"); // rows arrive as they are read, never all held at once
        settings.setProperty("preserve_insertion_order", "true"); // rows keep file order: row numbers are lines
        settings.setProperty("autoinstall_known_extensions", "false"); // Parquet is built in; nothing is fetched
        settings.setProperty("autoload_known_extensions", "false");
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:", settings);
            ParquetEngine engine = new ParquetEngine(connection);
            engine.prepare();
            return engine;
        } catch (SQLException | LinkageError | RuntimeException e) {
            closeQuietly(connection);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause(); // the driver wraps the reason its native library did not load
            }
            throw new ParquetException("cannot be read: the embedded Parquet reader (DuckDB) did not start; it "
                    + "unpacks a native library into the Java temp folder, which must exist and allow running programs: "
                    + LineRejections.describe(root)
                    + (root instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                            ? " (" + fse.getFile() + ")" : ""));
        }
    }

    /**
     * The event column of {@code file}, row after row in file order. A file without the column is refused as not
     * being an archive, and a damaged file with the reader's reason. One file is read at a time.
     */
    ParquetEventRows eventRows(Path file, CancelSignal control, ParquetEventRows.Progress progress)
            throws ParquetException {
        String pattern = literalPattern(file);
        ResultSet rows = null;
        try {
            prepare();
            rowCount.setString(1, pattern);
            long total;
            try (ResultSet count = rowCount.executeQuery()) {
                count.next();
                total = count.getLong(1);
            }
            eventColumn.setString(1, pattern);
            try {
                rows = eventColumn.executeQuery();
            } catch (SQLException e) {
                requireEventColumn(file, pattern); // a missing column is the likely reason: name it plainly
                throw e;
            }
            String type = rows.getMetaData().getColumnTypeName(1).toUpperCase(Locale.ROOT);
            if (!type.equals("VARCHAR") && !type.equals("JSON")) {
                throw new ParquetException(ArchiveColumns.eventColumnNotText(type));
            }
            return new ParquetEventRows(new NumberedRows(rows, file), total, control, progress);
        } catch (SQLException e) {
            closeQuietly(rows);
            throw failure(e, file);
        } catch (ParquetException e) {
            closeQuietly(rows);
            throw e;
        }
    }

    /** The scan's rows; each carries its place in the file, which must follow the last. */
    private static final class NumberedRows implements ParquetEventRows.Cursor {
        private final ResultSet rows;
        private final Path file;
        private long read;

        NumberedRows(ResultSet rows, Path file) {
            this.rows = rows;
            this.file = file;
        }

        @Override
        public boolean next() throws IOException {
            try {
                if (!rows.next()) {
                    return false;
                }
                if (rows.getLong(2) != read) {
                    throw new ParquetException("cannot be read as Parquet: row " + (read + 1)
                            + " came out of file order");
                }
                read++;
                return true;
            } catch (SQLException e) {
                throw failure(e, file);
            }
        }

        @Override
        public String text() throws IOException {
            try {
                return rows.getString(1);
            } catch (SQLException e) {
                throw failure(e, file);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                rows.close();
            } catch (SQLException e) {
                throw failure(e, file);
            }
        }
    }

    private void prepare() throws SQLException {
        if (rowCount == null || rowCount.isClosed()) {
            rowCount = connection.prepareStatement(COUNT_ROWS);
        }
        if (eventColumn == null || eventColumn.isClosed()) {
            eventColumn = connection.prepareStatement(READ_EVENTS);
        }
    }

    private void requireEventColumn(Path file, String pattern) throws ParquetException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement columns = connection.prepareStatement("SELECT * FROM " + SCAN + " LIMIT 0")) {
            columns.setString(1, pattern);
            try (ResultSet none = columns.executeQuery()) {
                ResultSetMetaData meta = none.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    found.add(meta.getColumnName(i));
                }
            }
        } catch (SQLException e) {
            throw failure(e, file);
        }
        if (!found.contains(EVENT_COLUMN)) {
            throw new ParquetException(ArchiveColumns.missingEventColumn(found));
        }
    }

    /**
     * The file's path as a pattern that matches only itself: the reader takes glob patterns, so the characters
     * that mean something in one are put in brackets, where they stand for themselves.
     */
    static String literalPattern(Path file) {
        String path = file.toAbsolutePath().toString();
        StringBuilder pattern = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}') {
                pattern.append('[').append(c).append(']');
            } else {
                pattern.append(c);
            }
        }
        return pattern.toString();
    }

    /** The reader's complaint about {@code file}, on one line and without the path it repeats. */
    static ParquetException failure(SQLException e, Path file) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int lineEnd = message.indexOf('\n');
        String first = FailureReason.clean(lineEnd < 0 ? message : message.substring(0, lineEnd));
        String quoted = "'" + file.toAbsolutePath() + "'";
        first = first.replace(" in file " + quoted, "").replace(" " + quoted, "");
        return new ParquetException(ArchiveColumns.unreadable(first));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }

    @Override
    public void close() {
        closeQuietly(rowCount);
        closeQuietly(eventColumn);
        closeQuietly(connection);
    }
}
