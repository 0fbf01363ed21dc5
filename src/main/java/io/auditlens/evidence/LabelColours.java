package io.auditlens.evidence;

import io.auditlens.query.RowAnnotations;

/** The colour a label is drawn in: the case's colour for it, else the built-in's, else a neutral grey. */
public final class LabelColours {

    /** For a label no case defines (a hand-edited case may name one). */
    public static final String UNKNOWN = "#546e7a";

    private LabelColours() {
    }

    /** The colour of {@code label} as {@code #rrggbb}, looked up in the case behind {@code annotations} when known. */
    public static String of(RowAnnotations annotations, String label) {
        java.util.Optional<Label> found = annotations instanceof RowEvidence placed
                ? placed.evidence().label(label) : BuiltInLabels.find(label);
        String colour = found.map(Label::colour).orElse(UNKNOWN);
        return colour.matches("#[0-9a-fA-F]{6}") ? colour : UNKNOWN;
    }
}
