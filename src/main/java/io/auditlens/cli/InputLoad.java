package io.auditlens.cli;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads the files a command names and reports unreadable ones on stderr, one line each. */
final class InputLoad {

    private InputLoad() {
    }

    /** Loads the files, leaving out archive files whose partition lies outside the window. */
    static LoadResult load(List<Path> files, PartitionWindow window, PrintWriter err) {
        LoadResult result = new Loader().load(files, window);
        if (result.files().isEmpty()) {
            // Files were named, so only the window can have left none: say so rather than print an empty result.
            err.println("auditlens: no input lies within --from/--to: every file is in an archive partition outside it");
        }
        reportFailures(result, err);
        return result;
    }

    /** Names each input that could not be read on stderr, one line each. */
    static void reportFailures(LoadResult result, PrintWriter err) {
        for (FileReport f : result.files()) {
            if (f.failed()) {
                err.println("auditlens: " + f.path() + ": " + f.fileError());
            }
        }
        err.flush();
    }

    /** The exit code for a finished load: 3 when any input could not be read. */
    static int exitCode(LoadResult result) {
        return result.anyFileFailed() ? Cli.INPUT : Cli.OK;
    }
}
