package io.auditlens.fields;

import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;

import java.util.Optional;

/**
 * Where suggested values and their counts come from: a facet's counts over the loaded events, when they can be had
 * at once (a JSON path not read yet has none). Called off the JavaFX thread.
 */
@FunctionalInterface
public interface ValueCounts {

    /** Counts of a facet's values, largest first; empty when not known without reading raw events. */
    Optional<FacetCounts> of(Facet facet);
}
