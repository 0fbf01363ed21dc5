package io.auditlens.findings;

/** A rule file that cannot be used, with the line (1-based; 0 when unknown) where the problem is. */
public final class RuleFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public RuleFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line of the problem, 1-based; 0 when the file as a whole is the problem. */
    public int line() {
        return line;
    }
}
