package io.auditlens.ui.export;

import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.Evidence;
import io.auditlens.export.SelectionRecord;
import io.auditlens.query.Selection;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The window's case as an export or a report takes it: its labels and notes, and the file they are saved in
 * (recorded in the provenance so that {@code verify} can re-run a selection by label), or null before it is open.
 */
public record CaseSnapshot(Evidence evidence, Path file) {

    /** The report's title: null (the case's name) for a named case, a plain title for the unsaved one. */
    String title() {
        boolean unsaved = file == null || file.getFileName().toString().equals(CaseStore.UNSAVED_NAME);
        return unsaved ? "Audit report" : null;
    }

    /**
     * The case file as the provenance of {@code selection} records it: only when the selection depends on labels or
     * notes (so {@code verify} needs the case to re-run it) and the file exists; else null.
     */
    String recordedFor(Selection selection, boolean byLabel) {
        boolean needed = byLabel || SelectionRecord.usesEvidence(selection.query());
        return needed && file != null && Files.exists(file) ? file.toString() : null;
    }
}
