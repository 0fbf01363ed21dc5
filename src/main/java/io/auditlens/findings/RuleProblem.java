package io.auditlens.findings;

import java.nio.file.Path;

/** A rule file that was skipped, where and why. */
public record RuleProblem(Path file, int line, String message) {

    /** {@code file:line: message}, or {@code file: message} when the line is unknown. */
    public String text() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
