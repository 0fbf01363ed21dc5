package io.auditlens.export;

/** Hears how far an export got. */
@FunctionalInterface
public interface ExportProgress {

    /** Reports nothing. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} events written. */
    void exported(long done, long total);
}
