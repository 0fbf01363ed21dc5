package io.auditlens.ui.export;

import io.auditlens.engine.SelectionResult;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.export.ExportFormat;
import io.auditlens.export.ExportRefusedException;
import io.auditlens.export.ExportRequest;
import io.auditlens.export.ExportTarget;
import io.auditlens.export.Provenance;
import io.auditlens.export.ProvenanceSelection;
import io.auditlens.export.SelectionRecord;
import io.auditlens.query.EventField;
import io.auditlens.query.Selection;
import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import javafx.concurrent.Task;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * File > Export (Ctrl+E): asks with an {@link ExportDialog}, then writes the table's rows of the current selection
 * (or only its labelled ones) in the background through the same export the command line uses, with progress and
 * cancel, and tells the outcome in a notice.
 */
public final class WindowExport {

    private final ExplorerModel model;
    private final OutputJobs jobs;
    private final ColumnLayout columns;
    private final Supplier<CaseSnapshot> caseSnapshot;
    private SaveChooser chooser = SaveChooser.system();
    private ExportWriter writer = ExportWriter.standard();

    public WindowExport(ExplorerModel model, OutputJobs jobs, ColumnLayout columns, Supplier<CaseSnapshot> caseSnapshot) {
        this.model = model;
        this.jobs = jobs;
        this.columns = columns;
        this.caseSnapshot = caseSnapshot;
    }

    /** Asks where files go instead of the system's save dialog. */
    public void setChooser(SaveChooser chooser) {
        this.chooser = chooser;
    }

    /** Writes exports with {@code writer} instead of the standard export. */
    public void setWriter(ExportWriter writer) {
        this.writer = writer;
    }

    /** Opens the export dialog over the current selection; the export starts when it is answered. */
    public Optional<ExportDialog> ask(Window owner) {
        if (!jobs.mayStart(model, "Nothing to export")) {
            return Optional.empty();
        }
        LoadedData data = model.getData();
        SelectionResult result = model.getResult();
        // Counted by the engine in the background, per bar of the histogram, which spans every selected event.
        int labelled = (int) Arrays.stream(result.histogram().labelled()).sum();
        List<Path> inputs = ExportTarget.inputsOf(data.store(), data.files());
        ExportDialog dialog = new ExportDialog(owner, result.matching(), labelled, suggested(ExportFormat.CSV), chooser,
                target -> ExportTarget.problem(target, inputs));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                start(dialog.getResult());
            }
        });
        dialog.show();
        return Optional.of(dialog);
    }

    /** Starts writing the export of the current selection as chosen; null when there is nothing to export. */
    public Task<Provenance> start(ExportChoice choice) {
        LoadedData data = model.getData();
        SelectionResult result = model.getResult();
        if (data == null || result == null) {
            return null;
        }
        CaseSnapshot snapshot = caseSnapshot.get();
        List<EventField> fields = columns.visibleColumns().stream().map(EventTableColumn::field).toList();
        ExportWriter write = writer;
        Path target = choice.target().toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        Task<Provenance> task = jobs.start("Exporting to " + name, (progress, cancel) -> {
            RowEvidence evidence = snapshot.evidence().onRows(data.store());
            int[] rows = choice.labelledOnly()
                    ? Arrays.stream(result.rows()).filter(r -> !evidence.labels(r).isEmpty()).toArray()
                    : result.rows();
            Selection asked = result.request().toSelection();
            ProvenanceSelection selection = SelectionRecord.of(asked, null, choice.labelledOnly() ? "*" : null,
                    snapshot.recordedFor(asked, choice.labelledOnly()));
            ExportRequest request = new ExportRequest(choice.format(), target, data.store(), data.raw(), rows, fields,
                    evidence, data.files(), selection);
            return write.write(request, (done, total) -> progress.report(done, total,
                    String.format("%,d of %,d events", done, total)), cancel);
        });
        task.setOnSucceeded(e -> {
            Provenance p = task.getValue();
            model.notices().add(new Notice(Notice.Kind.INFO, "Export written", String.format(
                    "%,d %s to %s (SHA-256 %s…); provenance beside it in %s.", p.eventCount(),
                    p.eventCount() == 1 ? "event" : "events", target, p.export().sha256().substring(0, 12),
                    name + Provenance.SUFFIX), false,
                    new Notice.Action("Copy path", () -> EventClipboard.copy(target.toString()))));
        });
        task.setOnCancelled(e -> model.notices().add(new Notice(Notice.Kind.INFO, "Export cancelled",
                "Nothing was written to " + name + ".", false)));
        task.setOnFailed(e -> model.notices().add(failure(task.getException(), name)));
        return task;
    }

    private static Notice failure(Throwable e, String name) {
        if (e instanceof CancellationException) {
            return new Notice(Notice.Kind.INFO, "Export cancelled", "Nothing was written to " + name + ".", false);
        }
        if (e instanceof ExportRefusedException) {
            return new Notice(Notice.Kind.ERROR, "Export refused", e.getMessage(), false);
        }
        return new Notice(Notice.Kind.ERROR, "The export could not be written",
                WriteFailure.describe(e) + "; nothing was left under " + name + ".", false);
    }

    // Beside the first input when that folder takes files (where an auditor keeps a case), else the home folder.
    private Path suggested(ExportFormat format) {
        LoadedData data = model.getData();
        String file = "auditlens-export" + format.extension();
        if (data != null && !data.inputs().isEmpty()) {
            Path folder = data.inputs().get(0).toAbsolutePath().getParent();
            if (folder != null && java.nio.file.Files.isWritable(folder)) {
                return folder.resolve(file);
            }
        }
        return Path.of(System.getProperty("user.home"), file);
    }
}
