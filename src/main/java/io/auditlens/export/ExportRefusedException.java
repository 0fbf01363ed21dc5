package io.auditlens.export;

/** An export that must not be written (its target is an input), with the one-line reason. */
public final class ExportRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With the one-line reason. */
    public ExportRefusedException(String message) {
        super(message);
    }
}
