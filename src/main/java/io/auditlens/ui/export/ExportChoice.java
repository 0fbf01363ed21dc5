package io.auditlens.ui.export;

import io.auditlens.export.ExportFormat;

import java.nio.file.Path;

/**
 * What the export dialog was answered with.
 *
 * @param format       CSV or NDJSON
 * @param labelledOnly only the selection's events that carry a label
 * @param target       the export file; the provenance file goes beside it
 */
public record ExportChoice(ExportFormat format, boolean labelledOnly, Path target) {
}
