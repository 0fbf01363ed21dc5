package io.auditlens.ui.export;

import io.auditlens.engine.SelectionResult;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.export.ExportTarget;
import io.auditlens.export.SelectionRecord;
import io.auditlens.export.report.AuditReport;
import io.auditlens.export.report.ReportRequest;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.ui.common.EventClipboard;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import javafx.concurrent.Task;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Audit report: the same self-contained HTML file as {@code auditlens report}, of the window's selection
 * (query, facet picks, time range) and the case's labels and notes, written in the background; when it is done a
 * notice offers to open it in the browser.
 */
public final class WindowReport {

    private static final int STEPS = 4;

    private final ExplorerModel model;
    private final OutputJobs jobs;
    private final Supplier<CaseSnapshot> caseSnapshot;
    private final Supplier<String> shownDigest;
    private final Path configFolder;
    private SaveChooser chooser = SaveChooser.system();
    private Consumer<String> browser;

    /**
     * @param shownDigest the digest whose timeline the window shows, or null; the report draws it first
     * @param configFolder where the user's finding rules are
     */
    public WindowReport(ExplorerModel model, OutputJobs jobs, Supplier<CaseSnapshot> caseSnapshot,
                        Supplier<String> shownDigest, Path configFolder) {
        this.model = model;
        this.jobs = jobs;
        this.caseSnapshot = caseSnapshot;
        this.shownDigest = shownDigest;
        this.configFolder = configFolder;
    }

    /** Asks where files go instead of the system's save dialog. */
    public void setChooser(SaveChooser chooser) {
        this.chooser = chooser;
    }

    /** Opens a written report's address in the browser; without one the notice offers to copy its path. */
    public void setBrowser(Consumer<String> browser) {
        this.browser = browser;
    }

    /** Asks for the file, then writes the report there; null when nothing is written. */
    public Task<Path> ask(Window owner) {
        if (!jobs.mayStart(model, "Nothing to report")) {
            return null;
        }
        LoadedData data = model.getData();
        Path suggested = Path.of(System.getProperty("user.home"), "audit-report.html");
        if (!data.inputs().isEmpty() && data.inputs().get(0).toAbsolutePath().getParent() != null) {
            suggested = data.inputs().get(0).toAbsolutePath().getParent().resolve("audit-report.html");
        }
        Optional<Path> target = chooser.choose(owner, "Write the audit report to", suggested, "HTML files", ".html");
        return target.map(this::write).orElse(null);
    }

    /** Writes the report of the current selection to {@code target}; null when nothing is loaded. */
    public Task<Path> write(Path target) {
        LoadedData data = model.getData();
        SelectionResult shown = model.getResult();
        if (data == null || shown == null) {
            return null;
        }
        Path file = target.toAbsolutePath().normalize();
        Optional<String> problem = ExportTarget.problem(file, ExportTarget.inputsOf(data.store(), data.files()));
        if (problem.isPresent()) {
            model.notices().add(new Notice(Notice.Kind.ERROR, "The report was not written",
                    problem.get(), false));
            return null;
        }
        CaseSnapshot snapshot = caseSnapshot.get();
        String digest = shownDigest.get();
        Task<Path> task = jobs.start("Writing the audit report " + file.getFileName(), (progress, cancel) -> {
            progress.report(0, STEPS, "Placing labels and notes");
            RowEvidence evidence = snapshot.evidence().onRows(data.store());
            progress.report(1, STEPS, "Counting the selection");
            Selection selection = shown.request().toSelection();
            SelectionEngine engine = new SelectionEngine(data.store(), data.raw());
            var result = engine.evaluate(selection, evidence, ScanProgress.NONE, cancel);
            progress.report(2, STEPS, "Running the finding rules");
            LoadResult load = new LoadResult(data.store(), data.files(), data.loadNanos(),
                    data.report().filesOutsideWindow());
            ReportRequest request = ReportRequest.of(snapshot.title(), load, engine, result, evidence,
                    SelectionRecord.of(selection, null, null, snapshot.recordedFor(selection, false)),
                    digest == null ? List.of() : List.of(digest),
                    configFolder, cancel);
            cancel.check();
            progress.report(3, STEPS, "Writing the file");
            AuditReport.write(request, file);
            progress.report(STEPS, STEPS, "");
            return file;
        });
        task.setOnSucceeded(e -> model.notices().add(new Notice(Notice.Kind.INFO, "Audit report written",
                String.format("The report of %,d %s is in %s.", shown.matching(), shown.matching() == 1 ? "event"
                        : "events", file), false, browser == null
                ? new Notice.Action("Copy path", () -> EventClipboard.copy(file.toString()))
                : new Notice.Action("Open in browser", () -> browser.accept(file.toUri().toString())))));
        task.setOnCancelled(e -> model.notices().add(new Notice(Notice.Kind.INFO, "Report cancelled",
                "Nothing was written to " + file.getFileName() + ".", false)));
        task.setOnFailed(e -> model.notices().add(new Notice(Notice.Kind.ERROR, "The report could not be written",
                WriteFailure.describe(task.getException()) + "; nothing was left under " + file.getFileName() + ".",
                false)));
        return task;
    }
}
