package io.auditlens.cli;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;

/**
 * The loaded inputs, the events of a selection over them and the case's labels and notes placed on them (none
 * without {@code --case}), as every selecting command starts.
 */
record SelectedEvents(LoadResult load, SelectionEngine engine, SelectionResult result, RowEvidence evidence) {

    /** The exit code once the output is written: 3 when an input could not be read. */
    int exitCode() {
        return InputLoad.exitCode(load);
    }
}
