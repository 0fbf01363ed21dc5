package io.auditlens.ingest;

import io.auditlens.event.Crn;
import io.auditlens.event.Digest;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Fills region, digest, repository, namespace and tag of a row from the codes of its CRN, target id and target
 * name. The rules run once per distinct source value of a {@link ThreadColumns}, and their results are
 * remembered by code.
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

    void fill(ThreadColumns t, EventBatch b, int row, int crn, int targetId, int targetName) {
        Dictionary regions = t.dictionary(EventColumn.REGION);
        Dictionary ids = t.dictionary(EventColumn.TARGET_ID);
        Dictionary names = t.dictionary(EventColumn.TARGET_NAME);
        int region = regionOfCrn.get(crn, c -> regions.encode(lower(Crn.location(t.crns.value(c)))));
        if (region == 0) {
            region = regionOfTargetId.get(targetId, c -> regions.encode(lower(Crn.location(ids.value(c)))));
        }
        if (region == 0) {
            region = regionOfTargetName.get(targetName, c -> regions.encode(
                    Regions.ofRegistryHost(ImageRef.hostOf(names.value(c))).orElse(null)));
        }
        b.setDerived(EventColumn.REGION, row, region != 0 ? region : regions.encode(Regions.UNKNOWN_CODE));

        Dictionary digests = t.dictionary(EventColumn.DIGEST);
        int digest = digestOfTargetId.get(targetId, c -> digests.encode(Digest.find(ids.value(c))));
        if (digest == 0) {
            digest = digestOfTargetName.get(targetName, c -> digests.encode(Digest.find(names.value(c))));
        }
        b.setDerived(EventColumn.DIGEST, row, digest);

        fillRefPart(t, b, row, targetName, EventColumn.REPOSITORY, repositoryOfName, ImageRef::repository);
        fillRefPart(t, b, row, targetName, EventColumn.NAMESPACE, namespaceOfName, ImageRef::namespace);
        fillRefPart(t, b, row, targetName, EventColumn.TAG, tagOfName, ImageRef::tag);
    }

    private static void fillRefPart(ThreadColumns t, EventBatch b, int row, int targetName, EventColumn column,
                                    CodeCache cache, Function<ImageRef, String> part) {
        Dictionary names = t.dictionary(EventColumn.TARGET_NAME);
        Dictionary values = t.dictionary(column);
        b.setDerived(column, row, cache.get(targetName, c -> {
            ImageRef ref = ImageRef.parse(names.value(c));
            return ref == null ? 0 : values.encode(part.apply(ref));
        }));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
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
                derived = Arrays.copyOf(derived, Math.max(source + 1, Math.max(64, old * 2)));
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
