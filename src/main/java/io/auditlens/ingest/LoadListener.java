package io.auditlens.ingest;

/** Receives progress of a load, from the loading thread, a few times a second at most. */
@FunctionalInterface
public interface LoadListener {

    /** Listener that ignores progress. */
    LoadListener NONE = p -> { };

    void progress(LoadProgress progress);
}
