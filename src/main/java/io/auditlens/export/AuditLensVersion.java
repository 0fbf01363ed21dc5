package io.auditlens.export;

/** The version of AuditLens, as the command line prints it and provenance records it. */
public final class AuditLensVersion {

    /** The version number. */
    public static final String NUMBER = "0.1";

    private AuditLensVersion() {
    }
}
