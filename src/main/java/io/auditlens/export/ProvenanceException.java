package io.auditlens.export;

/** A provenance sidecar that cannot be used (not JSON, not a provenance record, from a later version). */
public final class ProvenanceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With the one-line reason. */
    public ProvenanceException(String message) {
        super(message);
    }
}
