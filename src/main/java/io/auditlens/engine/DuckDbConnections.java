package io.auditlens.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens in-process DuckDB databases for archive mode: in memory, nothing installed or fetched from the network. */
final class DuckDbConnections {

    private DuckDbConnections() {
    }

    static Connection open() throws IndexException {
        Properties settings = new Properties();
        settings.setProperty("jdbc_stream_results", "true"); // large results arrive as they are read
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "true"); // JSON is bundled with the driver
        try {
            Connection db = DriverManager.getConnection("jdbc:duckdb:", settings);
            try (var st = db.createStatement()) {
                st.execute("SET enable_object_cache = true"); // Parquet footers are read once, not per query
            }
            return db;
        } catch (SQLException | LinkageError | RuntimeException e) {
            throw new IndexException("the embedded engine (DuckDB) did not start; it unpacks a native library into "
                    + "the Java temp folder, which must exist and allow running programs: " + reason(e));
        }
    }

    /** The engine's own one-line reason, without the driver's exception names. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = IndexManifest.firstLine(root.getMessage());
        return message.replaceFirst("^[A-Za-z ]*(Error|Exception): ", "");
    }
}
