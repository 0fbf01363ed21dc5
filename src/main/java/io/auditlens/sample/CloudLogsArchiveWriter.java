package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes an IBM Cloud Logs archive as Cloud Logs leaves it in Object Storage: Parquet files in hive folders
 * {@code team_id=<id>/dt=YYYY-MM-DD/hr=HH}, one for each hour that has events, each row a log record's metadata,
 * labels and the event's JSON text. The embedded DuckDB that the loader reads archives with writes the files.
 */
final class CloudLogsArchiveWriter {

    /** The sample's Cloud Logs instance. */
    static final String TEAM_ID = "660012";

    private static final long HOUR_MILLIS = 3_600_000L;
    private static final String COPY_HOUR = "COPY (SELECT metadata AS src_obj__event_metadata, "
            + "labels AS src_obj__event_labels, user_data AS src_obj__user_data FROM hour_rows ORDER BY seq) TO ";

    /** Writes one JSON object of a record for an event. */
    @FunctionalInterface
    private interface RecordPart {
        void write(JsonGenerator out, GeneratedEvent event) throws IOException;
    }

    private final JsonFactory json;
    private long bytes;
    private int files;

    CloudLogsArchiveWriter(JsonFactory json) {
        this.json = json;
    }

    /** Writes every event below {@code folder}, which is created when missing and must be empty; returns the files. */
    int write(SampleGenerator events, Path folder) throws IOException {
        requireEmptyFolder(folder);
        Properties settings = new Properties();
        settings.setProperty("threads", "1"); // one writing thread, so the same seed gives the same bytes
        settings.setProperty("autoinstall_known_extensions", "false");
        try (DuckDBConnection db = DriverManager.getConnection("jdbc:duckdb:", settings)
                .unwrap(DuckDBConnection.class);
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE hour_rows (seq BIGINT, metadata VARCHAR, labels VARCHAR, user_data VARCHAR)");
            // DuckDB's appender writes rows in bulk: a prepared INSERT per row made a 10M-event archive take hours.
            try (DuckDBAppender rows = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "hour_rows")) {
                long openHour = Long.MIN_VALUE;
                long seq = 0;
                while (events.hasNext()) {
                    GeneratedEvent event = events.next();
                    long hour = Math.floorDiv(event.epochMillis(), HOUR_MILLIS);
                    if (hour != openHour && seq > 0) {
                        rows.flush();
                        writeHour(sql, folder, openHour);
                    }
                    openHour = hour;
                    rows.beginRow()
                            .append(seq++)
                            .append(text(CloudLogsEncoder::writeMetadata, event))
                            .append(text(CloudLogsEncoder::writeLabels, event))
                            .append(event.json().toString())
                            .endRow();
                }
                rows.flush();
                if (seq > 0) {
                    writeHour(sql, folder, openHour);
                }
            }
        } catch (SQLException e) {
            throw new IOException(firstLine(e.getMessage()), e);
        }
        return files;
    }

    /** Bytes of the files written so far. */
    long bytesWritten() {
        return bytes;
    }

    private void writeHour(Statement sql, Path folder, long hour) throws SQLException, IOException {
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(hour * HOUR_MILLIS), ZoneOffset.UTC);
        Path partition = folder.resolve("team_id=" + TEAM_ID)
                .resolve("dt=" + start.toLocalDate())
                .resolve(String.format(Locale.ROOT, "hr=%02d", start.getHour()));
        Files.createDirectories(partition);
        // Numbered across the archive, so an hour met twice (events out of order) never overwrites a file.
        Path file = partition.resolve(String.format(Locale.ROOT, "part-%05d.parquet", files));
        sql.execute(COPY_HOUR + "'" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        sql.execute("DELETE FROM hour_rows");
        bytes += Files.size(file);
        files++;
    }

    private String text(RecordPart part, GeneratedEvent event) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = json.createGenerator(out)) {
            part.write(generator, event);
        }
        return out.toString();
    }

    private static void requireEmptyFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("it is a file, and a Cloud Logs archive is written into a new or empty folder");
        }
        Files.createDirectories(folder);
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("the folder is not empty, and a Cloud Logs archive is written into a new or "
                        + "empty one");
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the Parquet writer (DuckDB) failed";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
