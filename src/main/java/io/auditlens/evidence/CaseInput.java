package io.auditlens.evidence;

import java.util.Objects;

/**
 * An input file of a case, as it was when the case recorded it.
 *
 * @param path   as given when loaded
 * @param bytes  its size
 * @param sha256 64 lower-case hex digits
 */
public record CaseInput(String path, long bytes, String sha256) {

    public CaseInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
