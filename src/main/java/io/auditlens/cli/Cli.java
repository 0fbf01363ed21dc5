package io.auditlens.cli;

import io.auditlens.task.FailureReason;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Map;

/** Runs the command line with the contract's exit codes and one-line errors on stderr. */
public final class Cli {

    /** Exit code: done (rejected lines are reported, not fatal). */
    public static final int OK = 0;
    /** Exit code: usage or query syntax error. */
    public static final int USAGE = 2;
    /** Exit code: an input cannot be read or has an unknown format. */
    public static final int INPUT = 3;

    private Cli() {
    }

    /** Whether the arguments name a sub-command (otherwise the window opens). */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return commandNames().contains(first) || first.equals("--help") || first.equals("-h") || first.equals("--version")
                || first.equals("-V");
    }

    /** The names of the sub-commands, as typed. */
    static java.util.Set<String> commandNames() {
        return newCommandLine(new PrintWriter(System.out), new PrintWriter(System.err), Map.of()).getSubcommands()
                .keySet();
    }

    /** Executes the arguments and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Executes the arguments as if the process had this environment, which is where the commands look for
     * {@code AUDITLENS_CONFIG_DIR} and the other variables that locate the user's saved views; tests use it to keep
     * their views in a temporary folder.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        int code = newCommandLine(out, err, environment).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cl = new CommandLine(new AuditLensCommand(environment));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("auditlens: " + oneLine(ex.getMessage()));
            ex.getCommandLine().getErr().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            // Messages of the command's own exceptions are written for the user; anything else is told in words.
            boolean own = ex instanceof UsageException || ex instanceof InputException;
            command.getErr().println("auditlens: " + oneLine(own ? ex.getMessage() : FailureReason.of(ex)));
            command.getErr().flush();
            if (ex instanceof UsageException) {
                return USAGE;
            }
            return ex instanceof InputException ? INPUT : 1;
        });
        return cl;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** An input that cannot be read, found after loading (exit code 3), e.g. a file changed since it was loaded. */
    public static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    /** A problem with how a command was called (exit code 2). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
