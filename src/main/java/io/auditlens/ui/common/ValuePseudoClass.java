package io.auditlens.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.util.Locale;

/**
 * Exposes the value a cell shows as a pseudo-class such as {@code :value-failure} or {@code :value-warn}, so the
 * style sheet colours outcomes, severities and statuses the same in every table.
 */
public final class ValuePseudoClass {

    private final Node node;
    private PseudoClass current;

    public ValuePseudoClass(Node node) {
        this.node = node;
    }

    /** Switches to the pseudo-class of a value; none for null or blank. */
    public void show(String value) {
        if (current != null) {
            node.pseudoClassStateChanged(current, false);
            current = null;
        }
        if (value != null && !value.isEmpty()) {
            current = PseudoClass.getPseudoClass("value-" + value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            node.pseudoClassStateChanged(current, true);
        }
    }
}
