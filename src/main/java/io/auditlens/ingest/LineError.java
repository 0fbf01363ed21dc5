package io.auditlens.ingest;

/** A rejected line (or, with line 0, a problem with the whole file) and why. */
public record LineError(int line, String message) {
}
