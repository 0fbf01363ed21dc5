package io.auditlens.ui;

import io.auditlens.store.EventColumn;

/** The facets of the sidebar, in the order they are shown, each with the store column holding its values. */
public enum FacetKind {
    REGION("Region", EventColumn.REGION),
    ACTION("Action", EventColumn.ACTION),
    OUTCOME("Outcome", EventColumn.OUTCOME),
    SEVERITY("Severity", EventColumn.SEVERITY),
    INITIATOR("Initiator", EventColumn.INITIATOR_NAME),
    NAMESPACE("Namespace", EventColumn.NAMESPACE),
    STATUS("Vulnerability status", EventColumn.STATUS);

    private final String title;
    private final EventColumn column;

    FacetKind(String title, EventColumn column) {
        this.title = title;
        this.column = column;
    }

    /** Heading of the facet's section. */
    public String title() {
        return title;
    }

    /** Store column whose values the facet picks among. */
    public EventColumn column() {
        return column;
    }
}
