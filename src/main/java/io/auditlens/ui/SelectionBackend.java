package io.auditlens.ui;

import io.auditlens.query.QuerySyntaxException;

import java.util.EnumSet;
import java.util.Set;

/**
 * The query engine as the window sees it, bound to one loaded store. Called on a background thread only;
 * implementations may take as long as the engine needs.
 */
public interface SelectionBackend {

    /** Evaluates a request; a query the parser cannot read is reported, never swallowed. */
    SelectionResult evaluate(SelectionRequest request) throws QuerySyntaxException;

    /** The table columns the engine can order rows by. */
    default Set<EventTableColumn> sortableFields() {
        return EnumSet.allOf(EventTableColumn.class);
    }
}
