package io.auditlens.query;

import java.util.List;
import java.util.Optional;

/**
 * A dimension events are counted and picked by: one of the store's columns ({@link BuiltInFacet}) or any JSON
 * path of the events' original JSON ({@link PathFacet}, read from the raw events once, then counted like a
 * column). Within a facet picks are ORed, across facets ANDed. The constants name the built-in facets, so that
 * {@code Facet.REGION} reads as before.
 */
public sealed interface Facet permits BuiltInFacet, PathFacet {

    BuiltInFacet REGION = BuiltInFacet.REGION;
    BuiltInFacet GEO = BuiltInFacet.GEO;
    BuiltInFacet ACTION = BuiltInFacet.ACTION;
    BuiltInFacet CATEGORY = BuiltInFacet.CATEGORY;
    BuiltInFacet OUTCOME = BuiltInFacet.OUTCOME;
    BuiltInFacet SEVERITY = BuiltInFacet.SEVERITY;
    BuiltInFacet INITIATOR = BuiltInFacet.INITIATOR;
    BuiltInFacet NAMESPACE = BuiltInFacet.NAMESPACE;
    BuiltInFacet REPOSITORY = BuiltInFacet.REPOSITORY;
    BuiltInFacet STATUS = BuiltInFacet.STATUS;
    BuiltInFacet REASON = BuiltInFacet.REASON;
    BuiltInFacet INITIATOR_ID = BuiltInFacet.INITIATOR_ID;
    BuiltInFacet IP = BuiltInFacet.IP;
    BuiltInFacet TARGET = BuiltInFacet.TARGET;
    BuiltInFacet TARGET_ID = BuiltInFacet.TARGET_ID;
    BuiltInFacet RESOURCE_GROUP = BuiltInFacet.RESOURCE_GROUP;
    BuiltInFacet DIGEST = BuiltInFacet.DIGEST;
    BuiltInFacet TAG = BuiltInFacet.TAG;
    BuiltInFacet MESSAGE = BuiltInFacet.MESSAGE;

    /** The facets counted for every selection, in the order the window shows them. */
    List<Facet> PANEL = List.of(REGION, ACTION, CATEGORY, OUTCOME, SEVERITY, INITIATOR, NAMESPACE, REPOSITORY,
            STATUS);

    /** The key used in JSON, saved views and {@code --facet}: {@code region}, or a dotted path. */
    String key();

    /** The title shown over the facet's values. */
    String label();

    /**
     * The facet a key names: a built-in one (ignoring case), else, for a dotted key such as
     * {@code requestData.RequestParameters.signatureMethod}, a path facet; empty for anything else.
     */
    static Optional<Facet> byKey(String key) {
        Optional<BuiltInFacet> builtIn = BuiltInFacet.byKey(key);
        if (builtIn.isPresent()) {
            return Optional.of(builtIn.get());
        }
        return PathFacet.parse(key).map(f -> f);
    }
}
