package io.auditlens.event;

import java.util.Locale;

/** Finds image digests ({@code sha256:} followed by 64 hex digits) in event fields. */
public final class Digest {

    private static final String PREFIX = "sha256:";
    private static final int HEX_LENGTH = 64;

    private Digest() {
    }

    /** The first digest in {@code targetId}, else in {@code targetName}, lower-cased; null when neither has one. */
    public static String fromTarget(String targetId, String targetName) {
        String d = find(targetId);
        return d != null ? d : find(targetName);
    }

    /** The first {@code sha256:<64 hex>} in the text, lower-cased; null when there is none. */
    public static String find(String text) {
        if (text == null) {
            return null;
        }
        int from = 0;
        while (true) {
            int at = indexOfIgnoreCase(text, from);
            if (at < 0) {
                return null;
            }
            int hexStart = at + PREFIX.length();
            if (isHexRun(text, hexStart)) {
                return text.substring(at, hexStart + HEX_LENGTH).toLowerCase(Locale.ROOT);
            }
            from = at + 1;
        }
    }

    /** Whether the text is exactly a digest. */
    public static boolean isDigest(String text) {
        return text != null && text.length() == PREFIX.length() + HEX_LENGTH
                && text.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) && isHexRun(text, PREFIX.length());
    }

    /** A short form for tables: {@code sha256:} and the first 12 hex digits. */
    public static String shortForm(String digest) {
        return digest == null ? "" : digest.substring(0, Math.min(digest.length(), PREFIX.length() + 12));
    }

    private static int indexOfIgnoreCase(String text, int from) {
        // The usual lower-case spelling is found with the fast intrinsic; an earlier "SHA256:" needs an 'S'.
        int exact = text.indexOf(PREFIX, from);
        int end = exact >= 0 ? exact : text.length();
        if (!hasUpperCaseS(text, from, end)) {
            return exact;
        }
        for (int i = from; i <= text.length() - PREFIX.length(); i++) {
            if (text.regionMatches(true, i, PREFIX, 0, PREFIX.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasUpperCaseS(String text, int from, int end) {
        int s = text.indexOf('S', from);
        return s >= 0 && s < end;
    }

    private static boolean isHexRun(String text, int start) {
        if (start + HEX_LENGTH > text.length()) {
            return false;
        }
        for (int i = start; i < start + HEX_LENGTH; i++) {
            if (!isAsciiHex(text.charAt(i))) {
                return false;
            }
        }
        // A 65th hex digit means this is not a sha256 digest but something longer.
        return start + HEX_LENGTH == text.length() || !isAsciiHex(text.charAt(start + HEX_LENGTH));
    }

    // Not Character.digit: it also accepts full-width and other Unicode digits, which no digest contains.
    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
