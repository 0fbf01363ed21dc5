package io.auditlens.ingest;

import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Fills region, digest, repository, namespace and tag of a batch row. Each depends on a few source values that
 * repeat across events, so every rule result is remembered per batch-local code (and per thread, in
 * {@link DerivationCache}, across chunks).
 */
final class DerivedColumns {

    private static final int NOT_COMPUTED = -2;

    private final DerivationCache rules;
    private final CodeCache regionOfCrn = new CodeCache();
    private final CodeCache regionOfTargetId = new CodeCache();
    private final CodeCache regionOfTargetName = new CodeCache();
    private final CodeCache digestOfTargetId = new CodeCache();
    private final CodeCache digestOfTargetName = new CodeCache();
    private final CodeCache repositoryOfName = new CodeCache();
    private final CodeCache namespaceOfName = new CodeCache();
    private final CodeCache tagOfName = new CodeCache();

    DerivedColumns(DerivationCache rules) {
        this.rules = rules;
    }

    void fill(EventBatch b, int row, int crn, int targetId, int targetName) {
        Dictionary regions = b.dictionaries[EventColumn.REGION.ordinal()];
        Dictionary ids = b.dictionaries[EventColumn.TARGET_ID.ordinal()];
        Dictionary names = b.dictionaries[EventColumn.TARGET_NAME.ordinal()];
        int region = regionOfCrn.get(crn, c -> regions.encode(rules.location(b.crns.value(c), b.crns.hash(c))));
        if (region == 0) {
            region = regionOfTargetId.get(targetId, c -> regions.encode(rules.location(ids.value(c), ids.hash(c))));
        }
        if (region == 0) {
            region = regionOfTargetName.get(targetName,
                    c -> regions.encode(rules.regionOfHost(names.value(c), names.hash(c))));
        }
        b.setDerived(EventColumn.REGION, row, region != 0 ? region : regions.encode(Regions.UNKNOWN_CODE));

        Dictionary digests = b.dictionaries[EventColumn.DIGEST.ordinal()];
        int digest = digestOfTargetId.get(targetId, c -> digests.encode(rules.digest(ids.value(c), ids.hash(c))));
        if (digest == 0) {
            digest = digestOfTargetName.get(targetName,
                    c -> digests.encode(rules.digest(names.value(c), names.hash(c))));
        }
        b.setDerived(EventColumn.DIGEST, row, digest);

        fillRefPart(b, row, targetName, EventColumn.REPOSITORY, repositoryOfName, ImageRef::repository);
        fillRefPart(b, row, targetName, EventColumn.NAMESPACE, namespaceOfName, ImageRef::namespace);
        fillRefPart(b, row, targetName, EventColumn.TAG, tagOfName, ImageRef::tag);
    }

    private void fillRefPart(EventBatch b, int row, int targetName, EventColumn column, CodeCache cache,
                             Function<ImageRef, String> part) {
        Dictionary names = b.dictionaries[EventColumn.TARGET_NAME.ordinal()];
        Dictionary values = b.dictionaries[column.ordinal()];
        b.setDerived(column, row, cache.get(targetName, c -> {
            ImageRef ref = rules.imageRef(names.value(c), names.hash(c));
            return ref == null ? 0 : values.encode(part.apply(ref));
        }));
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
