package io.auditlens.export;

import java.util.List;

/**
 * The export file a provenance record describes.
 *
 * @param name       its file name (the sidecar sits beside it)
 * @param format     {@code csv} or {@code ndjson}
 * @param bytes      its size
 * @param sha256     its SHA-256, 64 lower-case hex digits
 * @param lineSha256 per line (a CSV's header and byte order mark included in line 1), the first 16 hex digits of
 *                   the line's SHA-256 without its line end, so that {@code verify} can name a changed line
 */
public record ExportedFile(String name, String format, long bytes, String sha256, List<String> lineSha256) {

    public ExportedFile {
        lineSha256 = lineSha256 == null ? List.of() : List.copyOf(lineSha256);
    }
}
