package io.auditlens.engine;

import io.auditlens.query.EventField;
import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.task.CancelSignal;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowAnnotations;
import io.auditlens.query.ScanProgress;
import io.auditlens.timeline.DigestLine;

import java.util.List;

/**
 * The query engine as the window sees it, bound to one loaded store. Called on a background thread only;
 * implementations may take as long as the engine needs, reporting scans of raw events and stopping when cancelled.
 */
public interface SelectionBackend {

    /** The facets every answer counts, in the order the sidebar shows them. */
    List<BuiltInFacet> FACETS = List.of(Facet.REGION, Facet.ACTION, Facet.OUTCOME, Facet.SEVERITY, Facet.INITIATOR,
            Facet.NAMESPACE, Facet.STATUS);

    /**
     * Evaluates a request; a query the parser cannot read is reported, never swallowed, and so is a term the
     * backend cannot run (archive mode's SQL refuses labels, notes and JSON-path facets).
     */
    SelectionResult evaluate(SelectionRequest request, ScanProgress progress, CancelSignal cancel)
            throws QuerySyntaxException, UnsupportedSelectionException;

    /**
     * Evaluates a request whose {@code label:}, {@code note:} and {@code has:note} terms see {@code annotations}
     * (a case's labels placed on this store's rows). A backend that cannot use annotations answers as without them.
     */
    default SelectionResult evaluate(SelectionRequest request, RowAnnotations annotations, ScanProgress progress,
                                     CancelSignal cancel) throws QuerySyntaxException, UnsupportedSelectionException {
        return evaluate(request, progress, cancel);
    }

    /**
     * Counts of a facet over every loaded event, when they can be had without reading raw events (a path facet is
     * known once it has been counted); empty otherwise. Cheap after the first call per facet.
     */
    default java.util.Optional<io.auditlens.query.FacetCounts> countsOfAll(Facet facet) {
        return java.util.Optional.empty();
    }

    /**
     * Every row of the store in time order, equal times in load order, over all events whatever a request
     * selects (what "Show surrounding events" walks); read-only, computed once and kept.
     */
    int[] timeOrder();

    /**
     * The Digests list of an answer's events: every digest they name, most recently seen first, with its events in
     * {@code slices} equal slices of the span of those events (the list's sparklines).
     */
    List<DigestLine> digests(SelectionResult result, int slices, ScanProgress progress, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException, QuerySyntaxException;

    /**
     * The events one digest's timeline is drawn from: those of an answer, or every event of the digest when
     * {@code result} is null.
     */
    DigestEvents digestEvents(String digest, SelectionResult result, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException, QuerySyntaxException;

    /** Computes ahead what the first text query and the first sort by each of {@code sortFields} would compute. */
    void prepare(List<EventField> sortFields, CancelSignal cancel);
}
