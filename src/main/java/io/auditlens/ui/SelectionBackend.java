package io.auditlens.ui;

import io.auditlens.task.CancelSignal;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.ScanProgress;

/**
 * The query engine as the window sees it, bound to one loaded store. Called on a background thread only;
 * implementations may take as long as the engine needs, reporting scans of raw events and stopping when cancelled.
 */
public interface SelectionBackend {

    /** Evaluates a request; a query the parser cannot read is reported, never swallowed. */
    SelectionResult evaluate(SelectionRequest request, ScanProgress progress, CancelSignal cancel)
            throws QuerySyntaxException;

    /** Computes ahead what the first text query and the first sort by each table column would compute. */
    void prepare(CancelSignal cancel);
}
