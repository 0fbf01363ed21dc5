package io.auditlens.ingest;

import io.auditlens.event.Crn;
import io.auditlens.event.Digest;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.store.Dictionary;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Remembers, for one parser thread across all its chunks, what the region, digest and image-reference rules gave
 * for each distinct CRN, target id and target name, so each rule runs once per value rather than once per chunk.
 */
final class DerivationCache {

    private final Memo<String> locationOfCrn = new Memo<>(s -> lower(Crn.location(s)));
    private final Memo<String> digestOf = new Memo<>(Digest::find);
    private final Memo<String> regionOfHost = new Memo<>(
            name -> Regions.ofRegistryHost(ImageRef.hostOf(name)).orElse(null));
    private final Memo<ImageRef> refOf = new Memo<>(ImageRef::parse);

    /** The location segment of a CRN, lower-cased, or null. */
    String location(String crn, long hash) {
        return locationOfCrn.get(crn, hash);
    }

    /** The digest in a target id or name, or null. */
    String digest(String text, long hash) {
        return digestOf.get(text, hash);
    }

    /** The region of the registry host a target name starts with, or null. */
    String regionOfHost(String targetName, long hash) {
        return regionOfHost.get(targetName, hash);
    }

    /** The parsed image reference of a target name, or null. */
    ImageRef imageRef(String targetName, long hash) {
        return refOf.get(targetName, hash);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** A function's results by argument, with the argument's text hash already known. */
    private static final class Memo<T> {
        private final Function<String, T> rule;
        private final Dictionary keys = new Dictionary();
        private Object[] results = new Object[64];

        Memo(Function<String, T> rule) {
            this.rule = rule;
        }

        @SuppressWarnings("unchecked")
        T get(String key, long hash) {
            int before = keys.size();
            int code = keys.encode(key, hash);
            if (code >= results.length) {
                results = Arrays.copyOf(results, Math.max(code + 1, results.length * 2));
            }
            if (code == before) {
                results[code] = rule.apply(key);
            }
            return (T) results[code];
        }
    }
}
