package io.auditlens.spark;

import io.auditlens.ingest.ArchiveColumns;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Util;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What an executor finds about one archive file before its rows are read: its SHA-256 and size for the load report,
 * its row count, and why it cannot be read (not Parquet, a damaged footer, no event column), so a bad file is
 * reported like a load reports it instead of failing the whole Spark job. The footer is decoded directly (it is
 * one Thrift structure at the file's end), as opening a full Parquet reader per file costs more than the file.
 *
 * @param error null when the rows can be read
 */
record ArchiveFileCheck(String sha256, long bytes, long rows, String error) implements Serializable {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};
    /** Footer length (4 bytes, little-endian) and the magic end every Parquet file. */
    private static final int TAIL = 8;

    /** Checks the file at {@code path} (read where the executor runs, like every archive file). */
    static ArchiveFileCheck of(String path) {
        Path file = Path.of(path);
        byte[] head = new byte[MAGIC.length];
        byte[] tail = new byte[TAIL];
        String sha256;
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (bytes < head.length) {
                    System.arraycopy(buffer, 0, head, (int) bytes, (int) Math.min(head.length - bytes, n));
                }
                keepTail(tail, buffer, n);
                digest.update(buffer, 0, n);
                bytes += n;
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return new ArchiveFileCheck("", 0, 0, "cannot be read: " + SparkSessions.reason(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        if (bytes < MAGIC.length || !Arrays.equals(head, MAGIC)) {
            return new ArchiveFileCheck(sha256, bytes, 0, "not a Parquet file: --engine spark indexes IBM Cloud Logs "
                    + "archives (Parquet) only; index this archive with --engine duckdb");
        }
        try {
            FileMetaData footer = footer(file, bytes, tail);
            return new ArchiveFileCheck(sha256, bytes, footer.getNum_rows(), refusal(footer.getSchema()));
        } catch (IOException | RuntimeException e) {
            return new ArchiveFileCheck(sha256, bytes, 0, ArchiveColumns.unreadable(SparkSessions.reason(e)));
        }
    }

    private static void keepTail(byte[] tail, byte[] buffer, int n) {
        if (n >= tail.length) {
            System.arraycopy(buffer, n - tail.length, tail, 0, tail.length);
        } else if (n > 0) {
            System.arraycopy(tail, n, tail, 0, tail.length - n);
            System.arraycopy(buffer, 0, tail, tail.length - n, n);
        }
    }

    private static FileMetaData footer(Path file, long bytes, byte[] tail) throws IOException {
        if (bytes < MAGIC.length + TAIL || !Arrays.equals(Arrays.copyOfRange(tail, 4, TAIL), MAGIC)) {
            throw new IOException("the file does not end as a Parquet file does (PAR1): it is cut short or damaged");
        }
        long length = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        if (length > bytes - MAGIC.length - TAIL) {
            throw new IOException("its footer length (" + length + " bytes) is past the start of the file");
        }
        ByteBuffer footer = ByteBuffer.allocate((int) length);
        try (FileChannel channel = FileChannel.open(file)) {
            long at = bytes - TAIL - length;
            while (footer.hasRemaining() && channel.read(footer, at + footer.position()) >= 0) {
                // read until the footer is whole
            }
        }
        return Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
    }

    private static String refusal(List<SchemaElement> schema) {
        List<String> found = new ArrayList<>();
        SchemaElement event = null;
        // The elements are the schema tree in depth-first order; the root's children are the columns.
        int at = 1;
        int columns = schema.isEmpty() ? 0 : schema.get(0).getNum_children();
        for (int c = 0; c < columns && at < schema.size(); c++) {
            SchemaElement column = schema.get(at);
            found.add(column.getName());
            if (column.getName().equals(ArchiveColumns.EVENT_COLUMN)) {
                event = column;
            }
            at = skip(schema, at);
        }
        if (event == null) {
            return ArchiveColumns.missingEventColumn(found);
        }
        if (event.getNum_children() > 0 || event.getType() != org.apache.parquet.format.Type.BYTE_ARRAY) {
            return ArchiveColumns.eventColumnNotText(event.getNum_children() > 0 ? "a group" : event.getType().name());
        }
        return null;
    }

    /** The index just past the element at {@code at} and all its descendants. */
    private static int skip(List<SchemaElement> schema, int at) {
        int children = schema.get(at).getNum_children();
        int next = at + 1;
        for (int i = 0; i < children && next < schema.size(); i++) {
            next = skip(schema, next);
        }
        return next;
    }
}
