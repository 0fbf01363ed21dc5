package io.auditlens.event;

/** The groups IBM's documentation puts Container Registry actions in, plus {@code other} for unknown actions. */
public enum Category {
    ACCOUNT("account", "Account management"),
    IMAGE_MANAGEMENT("image-management", "Image management"),
    IMAGE_DATA("image-data", "Image data"),
    NAMESPACE("namespace", "Namespaces"),
    VULNERABILITY("vulnerability", "Vulnerabilities"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable identifier used in queries, JSON output and facet keys. */
    public String id() {
        return id;
    }

    /** Human label as IBM's documentation titles the group. */
    public String label() {
        return label;
    }

    /** Finds a category by id or label, ignoring case; null when none matches. */
    public static Category byId(String text) {
        for (Category c : values()) {
            if (c.id.equalsIgnoreCase(text) || c.label.equalsIgnoreCase(text)) {
                return c;
            }
        }
        return null;
    }
}
