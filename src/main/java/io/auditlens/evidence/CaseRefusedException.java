package io.auditlens.evidence;

/** A change to a case that cannot be made (a bad label name, a note too long, a case that is read-only). */
public final class CaseRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With the one-line reason shown to the user. */
    public CaseRefusedException(String message) {
        super(message);
    }
}
