package io.auditlens;

import io.auditlens.cli.Cli;
import io.auditlens.ui.window.DesktopApp;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts AuditLens: with a sub-command the command line runs, otherwise the window opens with any files named. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
            System.exit(Cli.run(args, out, err));
        }
        DesktopApp.launch(args);
        System.exit(0);
    }
}
