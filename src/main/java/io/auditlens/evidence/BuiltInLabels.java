package io.auditlens.evidence;

import java.util.List;
import java.util.Optional;

/** The labels every case has: Evidence, Suspicious, Benign and Follow-up, in the order of Ctrl+1..4. */
public final class BuiltInLabels {

    /** Evidence: the events the case is about. */
    public static final Label EVIDENCE = new Label("Evidence", "#c62828");
    /** Suspicious: worth a closer look. */
    public static final Label SUSPICIOUS = new Label("Suspicious", "#ef6c00");
    /** Benign: looked at and explained. */
    public static final Label BENIGN = new Label("Benign", "#2e7d32");
    /** Follow-up: someone has to ask a question about it. */
    public static final Label FOLLOW_UP = new Label("Follow-up", "#1565c0");

    private static final List<Label> ALL = List.of(EVIDENCE, SUSPICIOUS, BENIGN, FOLLOW_UP);

    // Colours for labels the user adds without choosing one, apart from the built-ins' and from each other.
    private static final List<String> PALETTE = List.of("#6a1b9a", "#00838f", "#ad1457", "#4e342e", "#558b2f",
            "#283593", "#f9a825", "#37474f");

    private BuiltInLabels() {
    }

    /** The built-in labels in shortcut order. */
    public static List<Label> all() {
        return ALL;
    }

    /** The built-in label of this name, ignoring case. */
    public static Optional<Label> find(String name) {
        return ALL.stream().filter(l -> l.named(name)).findFirst();
    }

    /** A colour for the n-th label the user adds (counting from 0). */
    public static String paletteColour(int n) {
        return PALETTE.get(Math.floorMod(n, PALETTE.size()));
    }
}
