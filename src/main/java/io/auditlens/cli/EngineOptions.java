package io.auditlens.cli;

import io.auditlens.engine.EngineChoice;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The {@code --engine ENGINE} and {@code --master URL} options of the commands that run in archive mode. */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Archive mode: run the selection as SQL where the data is, on duckdb (embedded) or spark, "
                    + "over one index (see 'index') or archive folder, without loading it. An index is always read "
                    + "this way.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master for --engine spark, e.g. local[2] or spark://HOST:7077.")
    private String master;

    /** Whether the command runs in archive mode on these inputs: an engine was named or the input is an index. */
    boolean archiveMode(List<Path> files) {
        return engine != null || master != null || ArchiveMode.isIndex(files);
    }

    /** Opens archive mode on the inputs; a master alone means Spark. */
    ArchiveMode open(List<Path> files, PrintWriter err) {
        return ArchiveMode.open(new EngineChoice(engine == null && master != null ? "spark" : engine, master), files,
                err);
    }
}
