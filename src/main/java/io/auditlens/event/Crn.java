package io.auditlens.event;

/**
 * An IBM Cloud Resource Name: {@code crn:version:cname:ctype:service-name:location:scope:instance:type:resource}.
 * Only the parts AuditLens needs are exposed.
 */
public record Crn(String cname, String ctype, String serviceName, String location, String scope, String resourceType,
                  String resource) {

    private static final int MIN_SEGMENTS = 6;

    /** Parses a CRN; null when the text is not one. The resource part keeps any further colons. */
    public static Crn parse(String text) {
        if (text == null || !text.regionMatches(true, 0, "crn:", 0, 4)) {
            return null;
        }
        String[] parts = text.split(":", 10);
        if (parts.length < MIN_SEGMENTS) {
            return null;
        }
        return new Crn(parts[2], parts[3], parts[4], parts[5],
                part(parts, 6), part(parts, 8), part(parts, 9));
    }

    /** The location segment of a CRN (e.g. {@code us-south}), or null when absent or empty. */
    public static String location(String text) {
        if (text == null || !text.regionMatches(true, 0, "crn:", 0, 4)) {
            return null;
        }
        // Walk the colons instead of splitting: this runs once per loaded event.
        int start = 0;
        for (int segment = 0; segment < 5; segment++) {
            start = text.indexOf(':', start);
            if (start < 0) {
                return null;
            }
            start++;
        }
        int end = text.indexOf(':', start);
        if (end < 0) {
            end = text.length();
        }
        return end > start ? text.substring(start, end) : null;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i] : "";
    }
}
