package io.auditlens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** What one command-line run printed and returned. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return in(System.getenv(), args);
    }

    /** A run in a process whose environment is exactly this, e.g. AUDITLENS_CONFIG_DIR for a temporary folder. */
    static CliRun in(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliRun(code, out.toString(), err.toString());
    }
}
