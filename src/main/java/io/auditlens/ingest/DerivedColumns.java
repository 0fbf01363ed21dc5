package io.auditlens.ingest;

import io.auditlens.event.Crn;
import io.auditlens.event.Digest;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Fills region, digest, repository, namespace and tag of a batch row. Each depends on a few source values that
 * repeat across events, so every rule runs once per distinct source value and is remembered by its code.
 */
final class DerivedColumns {

    private static final int NOT_COMPUTED = -2;

    private final CodeCache regionOfCrn = new CodeCache();
    private final CodeCache regionOfTargetId = new CodeCache();
    private final CodeCache regionOfTargetName = new CodeCache();
    private final CodeCache digestOfTargetId = new CodeCache();
    private final CodeCache digestOfTargetName = new CodeCache();
    private final CodeCache repositoryOfName = new CodeCache();
    private final CodeCache namespaceOfName = new CodeCache();
    private final CodeCache tagOfName = new CodeCache();

    void fill(EventBatch b, int row, int crn, int targetId, int targetName) {
        Dictionary regions = b.dictionaries[EventColumn.REGION.ordinal()];
        Dictionary ids = b.dictionaries[EventColumn.TARGET_ID.ordinal()];
        Dictionary names = b.dictionaries[EventColumn.TARGET_NAME.ordinal()];
        int region = regionOfCrn.get(crn, c -> encode(regions, Crn.location(b.crns.value(c))));
        if (region == 0) {
            region = regionOfTargetId.get(targetId, c -> encode(regions, Crn.location(ids.value(c))));
        }
        if (region == 0) {
            region = regionOfTargetName.get(targetName, c -> encode(regions,
                    Regions.ofRegistryHost(ImageRef.hostOf(names.value(c))).orElse(null)));
        }
        b.setDerived(EventColumn.REGION, row, region != 0 ? region : regions.encode(Regions.UNKNOWN_CODE));

        Dictionary digests = b.dictionaries[EventColumn.DIGEST.ordinal()];
        int digest = digestOfTargetId.get(targetId, c -> digests.encode(Digest.find(ids.value(c))));
        if (digest == 0) {
            digest = digestOfTargetName.get(targetName, c -> digests.encode(Digest.find(names.value(c))));
        }
        b.setDerived(EventColumn.DIGEST, row, digest);

        Dictionary repos = b.dictionaries[EventColumn.REPOSITORY.ordinal()];
        Dictionary namespaces = b.dictionaries[EventColumn.NAMESPACE.ordinal()];
        Dictionary tags = b.dictionaries[EventColumn.TAG.ordinal()];
        b.setDerived(EventColumn.REPOSITORY, row, repositoryOfName.get(targetName,
                c -> repos.encode(refPart(names.value(c), ImageRef::repository))));
        b.setDerived(EventColumn.NAMESPACE, row, namespaceOfName.get(targetName,
                c -> namespaces.encode(refPart(names.value(c), ImageRef::namespace))));
        b.setDerived(EventColumn.TAG, row, tagOfName.get(targetName,
                c -> tags.encode(refPart(names.value(c), ImageRef::tag))));
    }

    private static int encode(Dictionary regions, String location) {
        return location == null ? 0 : regions.encode(location.toLowerCase(java.util.Locale.ROOT));
    }

    private static String refPart(String name, java.util.function.Function<ImageRef, String> part) {
        ImageRef ref = ImageRef.parse(name);
        return ref == null ? null : part.apply(ref);
    }

    /** Remembers a derived code per source code; source code 0 (no value) always derives 0. */
    private static final class CodeCache {
        private int[] derived = new int[0];

        int get(int source, IntUnaryOperator compute) {
            if (source == 0) {
                return 0;
            }
            if (source >= derived.length) {
                int old = derived.length;
                derived = Arrays.copyOf(derived, Math.max(source + 1, old * 2));
                Arrays.fill(derived, old, derived.length, NOT_COMPUTED);
            }
            int d = derived[source];
            if (d == NOT_COMPUTED) {
                d = compute.applyAsInt(source);
                derived[source] = d;
            }
            return d;
        }
    }
}
