package io.auditlens.spark;

import io.auditlens.ingest.ArchiveColumns;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an executor finds about one archive file before its rows are read: its SHA-256 and size for the load report,
 * its row count, and why it cannot be read (not Parquet, a damaged footer, no event column), so a bad file is
 * reported like a load reports it instead of failing the whole Spark job.
 *
 * @param error null when the rows can be read
 */
record ArchiveFileCheck(String sha256, long bytes, long rows, String error) implements Serializable {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    /** Checks the file at {@code path} (read where the executor runs, like every archive file). */
    static ArchiveFileCheck of(String path) {
        Path file = Path.of(path);
        String sha256;
        long bytes;
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            long total = 0;
            while ((n = in.read(buffer)) >= 0) {
                if (total < 4) {
                    System.arraycopy(buffer, 0, head, (int) total, (int) Math.min(4 - total, n));
                }
                digest.update(buffer, 0, n);
                total += n;
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            bytes = total;
        } catch (IOException e) {
            return new ArchiveFileCheck("", 0, 0, "cannot be read: " + SparkSessions.reason(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        if (bytes < 4 || !java.util.Arrays.equals(head, MAGIC)) {
            return new ArchiveFileCheck(sha256, bytes, 0, "not a Parquet file: --engine spark indexes IBM Cloud Logs "
                    + "archives (Parquet) only; index this archive with --engine duckdb");
        }
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            String refusal = refusal(schema);
            return new ArchiveFileCheck(sha256, bytes, reader.getRecordCount(), refusal);
        } catch (IOException | RuntimeException e) {
            // The reader names the file, which the report already does.
            String reason = SparkSessions.reason(e).replace(file.toUri().toString(), "the file")
                    .replace("file:" + file, "the file").replace(file.toString(), "the file");
            return new ArchiveFileCheck(sha256, bytes, 0, ArchiveColumns.unreadable(reason));
        }
    }

    private static String refusal(MessageType schema) {
        if (!schema.containsField(ArchiveColumns.EVENT_COLUMN)) {
            List<String> found = schema.getFields().stream().map(Type::getName).toList();
            return ArchiveColumns.missingEventColumn(found);
        }
        Type column = schema.getType(ArchiveColumns.EVENT_COLUMN);
        if (!column.isPrimitive()
                || column.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
            return ArchiveColumns.eventColumnNotText(column.isPrimitive()
                    ? column.asPrimitiveType().getPrimitiveTypeName().name() : "a group");
        }
        return null;
    }
}
