package io.auditlens.timeline;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Category;

import java.util.Locale;

/** The rows of a digest timeline; every event of a digest is drawn in exactly one. */
public enum TimelineLane {
    IMAGE_DATA("image-data", "Image data"),
    IMAGE_MANAGEMENT("image-management", "Image management"),
    VULNERABILITY("vulnerability", "Vulnerabilities"),
    SIGNATURES("signatures", "Signatures"),
    OTHER("other", "Other");

    private static final String SIGNATURE_PREFIX = ActionCatalog.SERVICE_PREFIX + "signature.";

    private final String key;
    private final String label;

    TimelineLane(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in JSON. */
    public String key() {
        return key;
    }

    /** The lane's title. */
    public String label() {
        return label;
    }

    /**
     * The lane of an action: signatures get their own lane although IBM files them under image data, because
     * an auditor reads them as a separate story (who signed, who removed a signature).
     */
    public static TimelineLane of(String action) {
        if (action != null && action.toLowerCase(Locale.ROOT).startsWith(SIGNATURE_PREFIX)) {
            return SIGNATURES;
        }
        Category c = ActionCatalog.categoryOf(action);
        return switch (c) {
            case IMAGE_DATA -> IMAGE_DATA;
            case IMAGE_MANAGEMENT -> IMAGE_MANAGEMENT;
            case VULNERABILITY -> VULNERABILITY;
            default -> OTHER;
        };
    }
}
