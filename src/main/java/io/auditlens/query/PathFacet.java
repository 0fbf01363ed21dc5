package io.auditlens.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A facet over the value at a JSON path of the events' original JSON, such as
 * {@code initiator.host.agent}: an event's value is the first non-empty scalar found along the path (arrays are
 * looked through, strings holding JSON descended into, as JSON-path query terms do); events without one are not
 * counted. Values are kept as they appear.
 *
 * @param path the member names from the event's root, at least two
 */
public record PathFacet(List<String> path) implements Facet {

    public PathFacet {
        path = List.copyOf(path);
        if (path.size() < 2 || path.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a path facet needs a dotted path such as initiator.host.agent");
        }
    }

    /** The path facet of a dotted key, if it is one: two or more non-empty names joined by dots. */
    public static Optional<PathFacet> parse(String key) {
        String k = key == null ? "" : key.trim();
        List<String> names = Arrays.asList(k.split("\\.", -1));
        if (names.size() < 2 || names.stream().anyMatch(n -> n.isEmpty() || n.chars().anyMatch(Character::isWhitespace))) {
            return Optional.empty();
        }
        return Optional.of(new PathFacet(names));
    }

    @Override
    public String key() {
        return String.join(".", path);
    }

    @Override
    public String label() {
        return key();
    }
}
