package io.auditlens.cli;

import io.auditlens.export.report.AuditReport;
import io.auditlens.export.report.ReportRequest;
import io.auditlens.ingest.FileReport;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.task.CancelSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code report --out FILE.html [selection options] FILES}: the self-contained HTML audit report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an audit report of the selection: one self-contained HTML file (no script, no network) "
                + "that opens in any browser and prints on A4 or Letter.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SelectionArguments inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report file to write.")
    private Path out;

    @Option(names = "--digest", paramLabel = "sha256:HEX",
            description = "Draw this digest's timeline (repeatable). Default: the digests of labelled events, else "
                    + "the three with most events.")
    private List<String> digests = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title. Default: the case's name.")
    private String title;

    @Override
    public Integer call() {
        SelectedEvents selected = inputs.select();
        for (FileReport f : selected.load().files()) {
            if (Path.of(f.path()).toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new Cli.UsageException(out + " is one of the inputs; a report never replaces an input");
            }
        }
        Path config = ((AuditLensCommand) spec.root().userObject()).configFolder();
        ReportRequest request;
        try {
            request = ReportRequest.of(title, selected.load(), selected.engine(), selected.result(),
                    selected.evidence(), inputs.provenance(),
                    digests.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList(), config,
                    CancelSignal.never());
        } catch (EventTextUnavailableException e) {
            throw new Cli.InputException(e.getMessage());
        }
        try {
            AuditReport.write(request, out);
        } catch (IOException e) {
            throw new Cli.InputException(out + ": the report could not be written (" + e.getMessage() + ")");
        }
        inputs.out().printf("report of %,d events written to %s%n", selected.result().count(), out);
        inputs.out().flush();
        return selected.exitCode();
    }
}
