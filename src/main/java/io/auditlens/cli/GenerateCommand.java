package io.auditlens.cli;

import io.auditlens.task.FailureReason;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.sample.WriteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate}: writes deterministic sample Container Registry events for demos, tests and benchmarks. */
@Command(name = "generate",
        description = "Write realistic sample Container Registry activity events (deterministic per seed).",
        mixinStandardHelpOptions = true)
public final class GenerateCommand implements Callable<Integer> {

    /** Exit code when the output cannot be written. */
    static final int EXIT_WRITE_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "5000",
            description = "Number of events (default: ${DEFAULT-VALUE}).")
    private long events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Random seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson", converter = FormatConverter.class,
            description = "ndjson, json-array, cloud-logs, logdna, platform, zip, or cloud-logs-parquet for an IBM "
                    + "Cloud Logs archive: Parquet files in team_id=/dt=/hr= folders (default: ${DEFAULT-VALUE}).")
    private SampleFormat format;

    @Option(names = "--gzip",
            description = "Gzip the output and add .gz to its name (not with zip or cloud-logs-parquet).")
    private boolean gzip;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Output file; for cloud-logs-parquet a folder, new or empty.")
    private Path outOption;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Output file (instead of --out).")
    private Path outArgument;

    @Override
    public Integer call() {
        Path out = outputPath();
        SampleSettings settings;
        try {
            settings = SampleSettings.of(seed, events);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--events: " + e.getMessage());
        }
        try {
            WriteSummary written = new SampleWriter().write(settings, format, gzip, out);
            spec.commandLine().getErr().println(describe(written));
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("generate: cannot write " + out + ": " + FailureReason.of(e));
            return EXIT_WRITE_FAILED;
        }
    }

    private Path outputPath() {
        if (outOption != null && outArgument != null) {
            throw new ParameterException(spec.commandLine(), "give the output file once, either as PATH or with --out");
        }
        Path out = outOption != null ? outOption : outArgument;
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "no output file: give PATH or --out PATH");
        }
        if (gzip && format.compressed()) {
            throw new ParameterException(spec.commandLine(), "--gzip cannot be combined with --format " + format);
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (gzip && !name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            out = out.resolveSibling(name + ".gz");
        }
        return out;
    }

    private static String describe(WriteSummary w) {
        String parts = w.format().folder() ? " files" : " members";
        String layout = w.format().cliName() + (w.gzip() ? ", gzip" : "")
                + (w.members() > 0 ? ", " + w.members() + parts : "");
        return String.format(Locale.ROOT, "generate: wrote %d events (%s, %,d bytes) to %s",
                w.events(), layout, w.bytes(), w.path());
    }

    /** Accepts the command-line names of {@link SampleFormat}, such as {@code json-array}. */
    static final class FormatConverter implements ITypeConverter<SampleFormat> {
        @Override
        public SampleFormat convert(String value) {
            return SampleFormat.byName(value);
        }
    }
}
