package io.auditlens.cli;

import io.auditlens.ingest.LoadResult;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The loaded inputs and the events of a selection over them, as every selecting command starts. */
record SelectedEvents(LoadResult load, SelectionEngine engine, SelectionResult result) {

    /**
     * Parses the query before loading anything, so a typo costs no loading time, then loads the files and evaluates
     * the selection.
     */
    static SelectedEvents of(QueryOption query, List<Path> files, PrintWriter err) {
        Selection selection = query.selection();
        LoadResult load = InputLoad.load(files, err);
        SelectionEngine engine = new SelectionEngine(load.store());
        try {
            return new SelectedEvents(load, engine, engine.evaluate(selection));
        } catch (EventTextUnavailableException e) {
            throw new Cli.InputException(e.getMessage());
        }
    }

    /** The exit code once the output is written: 3 when an input could not be read. */
    int exitCode() {
        return InputLoad.exitCode(load);
    }
}
