package io.auditlens;

import io.auditlens.cli.Cli;
import io.auditlens.cli.WindowRefusal;
import io.auditlens.ui.window.DesktopApp;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Starts AuditLens: with a sub-command the command line runs, otherwise the window opens with any files named. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (Cli.isCommand(args)) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try {
                System.exit(Cli.run(args, out, err));
            } catch (OutOfMemoryError e) {
                // An Error passes picocli's handlers; without this the user would see the JVM's stack trace.
                err.println("auditlens: not enough memory for these inputs; give Java a larger heap, for example "
                        + "java -XX:MaxRAMPercentage=50 -jar auditlens.jar " + args[0] + " ...");
                System.exit(Cli.INPUT);
            }
        }
        Optional<String> refusal = WindowRefusal.of(args, System.getenv(), System.getProperty("os.name", ""));
        if (refusal.isPresent()) {
            err.println("auditlens: " + refusal.get());
            System.exit(Cli.USAGE);
        }
        try {
            DesktopApp.launch(args);
        } catch (RuntimeException | LinkageError e) {
            // A toolkit that cannot start (no display after all, a missing native library) says so in words.
            err.println("auditlens: " + WindowRefusal.startFailed(e.getMessage()));
            System.exit(Cli.USAGE);
        }
        System.exit(0);
    }
}
