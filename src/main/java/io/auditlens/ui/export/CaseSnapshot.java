package io.auditlens.ui.export;

import io.auditlens.evidence.Evidence;

import java.nio.file.Path;

/**
 * The window's case as an export or a report takes it: its labels and notes, and the file they are saved in
 * (recorded in the provenance so that {@code verify} can re-run a selection by label), or null before it is open.
 */
public record CaseSnapshot(Evidence evidence, Path file) {
}
