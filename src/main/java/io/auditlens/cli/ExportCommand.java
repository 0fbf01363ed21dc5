package io.auditlens.cli;

import io.auditlens.export.EventExport;
import io.auditlens.export.ExportFormat;
import io.auditlens.export.ExportRefusedException;
import io.auditlens.export.ExportRequest;
import io.auditlens.export.Provenance;
import io.auditlens.task.CancelSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code export --format csv|ndjson [selection options] --out FILE FILES}: the selected events in a file, with its
 * provenance sidecar {@code FILE.provenance.json}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the selected events to a CSV or NDJSON file, with a provenance file beside it that "
                + "'verify' checks.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    private SelectionArguments inputs;

    @Mixin
    private OrderArguments order;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv (the columns plus labels and note, RFC 4180, UTF-8 with BOM) or ndjson (each event's "
                    + "original JSON, one per line).")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The export file to write.")
    private Path out;

    @Override
    public Integer call() {
        order.check();
        SelectedEvents selected = inputs.select();
        ExportRequest request = new ExportRequest(format, out, selected.load().store(),
                selected.engine().rawEvents(), order.rows(selected.result(), inputs.savedView()),
                order.columns(inputs.savedView()), selected.evidence(), selected.load().files(),
                inputs.provenance());
        Provenance provenance;
        try {
            provenance = new EventExport().write(request, (done, total) -> { }, CancelSignal.never());
        } catch (ExportRefusedException e) {
            throw new Cli.UsageException(e.getMessage());
        } catch (IOException e) {
            throw new Cli.InputException(out + ": export failed, nothing written (" + e.getMessage() + ")");
        }
        PrintWriter stdout = inputs.out();
        stdout.printf("exported %,d events to %s (SHA-256 %s); provenance in %s%n", provenance.eventCount(), out,
                provenance.export().sha256(), EventExport.sidecarOf(out));
        stdout.flush();
        return selected.exitCode();
    }
}
