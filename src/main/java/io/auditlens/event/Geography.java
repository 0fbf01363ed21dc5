package io.auditlens.event;

/** The geographies IBM's documentation groups locations by. */
public enum Geography {
    AMERICAS("Americas"),
    ASIA_PACIFIC("Asia Pacific"),
    EUROPE("Europe"),
    GLOBAL("Global"),
    UNKNOWN("Unknown");

    private final String label;

    Geography(String label) {
        this.label = label;
    }

    /** Display label, e.g. "Asia Pacific". */
    public String label() {
        return label;
    }

    /** Finds a geography by label or enum name, ignoring case, spaces, dashes and underscores; null if none. */
    public static Geography byName(String text) {
        if (text == null) {
            return null;
        }
        String key = text.replaceAll("[\\s_-]", "");
        for (Geography g : values()) {
            if (g.label.replace(" ", "").equalsIgnoreCase(key) || g.name().replace("_", "").equalsIgnoreCase(key)) {
                return g;
            }
        }
        return null;
    }
}
