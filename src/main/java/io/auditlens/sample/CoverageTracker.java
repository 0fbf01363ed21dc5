package io.auditlens.sample;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Remembers which actions and locations a run has produced, so the generator can slip in the rare ones
 * early: a sample of a few thousand events then still shows every action and every location.
 */
final class CoverageTracker {

    private final Set<String> seenActions = new HashSet<>();
    private final Set<String> seenLocations = new HashSet<>();
    private final List<RegistryLocation> locations;

    CoverageTracker(List<RegistryLocation> locations) {
        this.locations = locations;
    }

    void saw(ActionInfo action, RegistryLocation location) {
        seenActions.add(action.name());
        seenLocations.add(location.code());
    }

    /** The first catalogued action not produced yet that is possible now, or null. */
    ActionInfo missingAction(Predicate<ActionInfo> possible) {
        if (seenActions.size() == ActionCatalog.all().size()) {
            return null;
        }
        for (ActionInfo action : ActionCatalog.all()) {
            if (!seenActions.contains(action.name()) && possible.test(action)) {
                return action;
            }
        }
        return null;
    }

    /** The first location without an event yet, or null. */
    RegistryLocation missingLocation() {
        if (seenLocations.size() == locations.size()) {
            return null;
        }
        for (RegistryLocation location : locations) {
            if (!seenLocations.contains(location.code())) {
                return location;
            }
        }
        return null;
    }
}
