package io.auditlens.cli;

import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads the files a command names and reports unreadable ones on stderr, one line each. */
final class InputLoad {

    private InputLoad() {
    }

    static LoadResult load(List<Path> files, PrintWriter err) {
        LoadResult result = new Loader().load(files);
        for (FileReport f : result.files()) {
            if (f.failed()) {
                err.println("auditlens: " + f.path() + ": " + f.fileError());
            }
        }
        err.flush();
        return result;
    }

    /** The exit code for a finished load: 3 when any input could not be read. */
    static int exitCode(LoadResult result) {
        return result.anyFileFailed() ? Cli.INPUT : Cli.OK;
    }
}
