package io.auditlens.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Rows of one IBM Cloud Logs archive file that another reader (Spark) read: the event column's texts in file order
 * (null for NULL), the first being line 1 of the load report.
 *
 * @param file        the file the rows come from
 * @param displayPath the file's path as the load report names it
 * @param texts       the rows' texts
 */
public record ArchiveRows(Path file, String displayPath, List<String> texts) {
}
