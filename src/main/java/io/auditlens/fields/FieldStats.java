package io.auditlens.fields;

import io.auditlens.query.Facet;

import java.util.Optional;

/**
 * One field of the loaded events, as the Fields list shows it.
 *
 * @param name              a built-in field's key ({@code region}) or a JSON path ({@code initiator.host.agent})
 * @param events            how many events have a value for it
 * @param distinct          how many distinct values it has (an estimate when {@code distinctEstimated})
 * @param distinctEstimated whether {@code distinct} is estimated (fields with very many values)
 */
public record FieldStats(String name, long events, long distinct, boolean distinctEstimated) {

    /** The facet that counts this field, if it can be one: a built-in field, or a path of two names or more. */
    public Optional<Facet> facet() {
        return Facet.byKey(name);
    }

    /** Whether the name is a JSON path rather than a built-in field. */
    public boolean isPath() {
        return facet().map(f -> !(f instanceof io.auditlens.query.BuiltInFacet)).orElse(true);
    }
}
