package io.auditlens.evidence;

import java.util.Objects;

/**
 * A label that can be put on events: its name and its colour as {@code #rrggbb}.
 *
 * @param name   as shown; labels are matched ignoring case
 * @param colour {@code #rrggbb}
 */
public record Label(String name, String colour) {

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }

    /** Whether this label's name is {@code other}, ignoring case and surrounding blanks. */
    public boolean named(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }
}
