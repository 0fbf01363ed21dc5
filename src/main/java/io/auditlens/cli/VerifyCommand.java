package io.auditlens.cli;

import io.auditlens.export.ExportVerifier;
import io.auditlens.export.ProvenanceException;
import io.auditlens.export.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code verify EXPORT [--sources DIR]}: exit 0 and "verified" when the export, its inputs and its selection agree
 * with its provenance file; else exit 1 and one line per difference.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check an export against its provenance file: the export's SHA-256 (naming changed lines), the "
                + "inputs' SHA-256 (naming changed or missing ones), and the selection re-run on the inputs. "
                + "Exit 0 when all agree, 1 when something differs.")
public final class VerifyCommand implements Callable<Integer> {

    /** Exit code when something differs. */
    static final int DIFFERS = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPORT", description = "The export file; EXPORT.provenance.json beside it.")
    private Path export;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "A folder to look in for inputs (and the case) that were moved: found by file name and "
                    + "SHA-256, in any sub-folder.")
    private Path sources;

    @Override
    public Integer call() {
        if (sources != null && !Files.isDirectory(sources)) {
            throw new Cli.UsageException("--sources: " + sources + " is not a folder");
        }
        VerifyReport report;
        try {
            report = new ExportVerifier().verify(export, Optional.ofNullable(sources));
        } catch (ProvenanceException e) {
            throw new Cli.InputException(export + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Cli.InputException(export + ": cannot be verified (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.verified()) {
            int inputs = report.provenance().inputs().size();
            out.printf("verified: %s (%,d events; %d input%s unchanged; the selection gives the same events)%n",
                    export, report.provenance().eventCount(), inputs, inputs == 1 ? "" : "s");
            out.flush();
            return Cli.OK;
        }
        out.println("differs: " + export);
        report.differences().forEach(d -> out.println("  " + d));
        out.flush();
        return DIFFERS;
    }
}
