package io.auditlens.evidence;

/** The bytes of a file are not a case AuditLens can read; the message says why in one line. */
public final class CaseFileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With the one-line reason. */
    public CaseFileFormatException(String message) {
        super(message);
    }
}
