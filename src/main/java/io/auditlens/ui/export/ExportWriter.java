package io.auditlens.ui.export;

import io.auditlens.export.EventExport;
import io.auditlens.export.ExportProgress;
import io.auditlens.export.ExportRefusedException;
import io.auditlens.export.ExportRequest;
import io.auditlens.export.Provenance;
import io.auditlens.task.CancelSignal;

import java.io.IOException;

/** Writes an export with its provenance; the window's is {@link EventExport}, tests wrap it to act out failures. */
@FunctionalInterface
public interface ExportWriter {

    /** Writes as {@link EventExport#write} does. */
    Provenance write(ExportRequest request, ExportProgress progress, CancelSignal cancel)
            throws IOException, ExportRefusedException;

    /** The export every command and window uses, in the name of the operating-system user. */
    static ExportWriter standard() {
        return new EventExport()::write;
    }
}
