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
    private static final EventColumn[] REF_COLUMNS = {EventColumn.REPOSITORY, EventColumn.NAMESPACE, EventColumn.TAG};
    private static final java.util.List<Function<ImageRef, String>> REF_PARTS =
            java.util.List.of(ImageRef::repository, ImageRef::namespace, ImageRef::tag);
    private final CodeCache[] refCaches = {new CodeCache(), new CodeCache(), new CodeCache()};

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

        for (int k = 0; k < REF_COLUMNS.length; k++) {
            int part = k;
            b.setDerived(REF_COLUMNS[k], row, refCaches[k].get(targetName, c -> encodeRefParts(t, c)[part]));
        }
    }

    /**
     * Parses a target name once and remembers all three parts (repository, namespace, tag), so the caches of the
     * other two are already filled when they are asked.
     */
    private int[] encodeRefParts(ThreadColumns t, int targetName) {
        ImageRef ref = ImageRef.parse(t.dictionary(EventColumn.TARGET_NAME).value(targetName));
        int[] codes = new int[REF_COLUMNS.length];
        for (int k = 0; k < REF_COLUMNS.length; k++) {
            codes[k] = ref == null ? 0 : t.dictionary(REF_COLUMNS[k]).encode(REF_PARTS.get(k).apply(ref));
            refCaches[k].put(targetName, codes[k]);
        }
        return codes;
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
            ensure(source);
            int d = derived[source];
            if (d == NOT_COMPUTED) {
                d = compute.applyAsInt(source);
                derived[source] = d;
            }
            return d;
        }

        void put(int source, int code) {
            ensure(source);
            derived[source] = code;
        }

        private void ensure(int source) {
            if (source >= derived.length) {
                int old = derived.length;
                derived = Arrays.copyOf(derived, Math.max(source + 1, Math.max(64, old * 2)));
                Arrays.fill(derived, old, derived.length, NOT_COMPUTED);
            }
        }
    }
}
