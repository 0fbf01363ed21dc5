package io.auditlens.event;

/**
 * An image reference from {@code target.name}: {@code host/namespace/repo[:tag][@digest]}.
 * {@code repository} is the full name without tag or digest, e.g. {@code us.icr.io/team-web/api}.
 */
public record ImageRef(String host, String namespace, String repository, String tag, String digest) {

    /** Parses a reference; null when the text has no namespace part (not an image). */
    public static ImageRef parse(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String rest = name;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Digest.find(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        String host = null;
        if (slash > 0 && looksLikeHost(rest.substring(0, slash))) {
            host = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        String tag = null;
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        int nsEnd = rest.indexOf('/');
        if (rest.isEmpty()) {
            return null;
        }
        String namespace = nsEnd > 0 ? rest.substring(0, nsEnd) : (host == null ? null : rest);
        if (namespace == null) {
            return null;
        }
        String repository = nsEnd > 0 ? (host == null ? rest : host + "/" + rest) : null;
        return new ImageRef(host, namespace, repository, emptyToNull(tag), digest);
    }

    /** The registry host of a reference, or null when it names none. */
    public static String hostOf(String name) {
        if (name == null) {
            return null;
        }
        int slash = name.indexOf('/');
        String first = slash > 0 ? name.substring(0, slash) : name;
        return looksLikeHost(first) ? first : null;
    }

    private static boolean looksLikeHost(String s) {
        return s.indexOf('.') >= 0 || s.indexOf(':') >= 0 || s.equals("localhost");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
