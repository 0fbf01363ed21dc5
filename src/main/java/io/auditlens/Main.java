package io.auditlens;

import io.auditlens.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts AuditLens: with a sub-command the command line runs, otherwise the window opens with any files named. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
            System.exit(Cli.run(args, out, err));
        }
        System.exit(Cli.run(args, new PrintWriter(System.out), new PrintWriter(System.err)));
    }
}
