package io.auditlens.ingest;

import io.auditlens.event.Crn;
import io.auditlens.event.Digest;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.store.EventColumn;

import java.util.Arrays;
import java.util.Locale;

/**
 * Fills region, digest, repository, namespace and tag of a row from the codes of its CRN, target id and target
 * name. The rules run once per distinct source value of a {@link ThreadColumns}, and their results are
 * remembered by code.
 * <p>The rules themselves run out of line, when a batch is sealed: per event only remembered codes are read, so
 * the method compiled for every event stays small, and a rare turn inside a rule (a target name without a host,
 * say) recompiles only the rules, not the parser's per-event code.
 */
final class DerivedColumns {

    /** What a target name derives, in this order, at {@code code * NAME_STRIDE} of {@link #byName}. */
    private static final EventColumn[] FROM_NAME = {EventColumn.REGION, EventColumn.DIGEST,
        EventColumn.REPOSITORY, EventColumn.NAMESPACE, EventColumn.TAG};
    /** What a target id derives, at {@code code * ID_STRIDE} of {@link #byId}. */
    private static final EventColumn[] FROM_ID = {EventColumn.REGION, EventColumn.DIGEST};
    private static final int NAME_STRIDE = FROM_NAME.length;
    private static final int ID_STRIDE = FROM_ID.length;
    private static final int REGION = 0;
    private static final int DIGEST = 1;
    private static final int REPOSITORY = 2;

    // Derived codes are kept plus one, so that 0 means "not derived yet" and new arrays need no filling. Source
    // code 0 (no value) derives 0, kept as 1 from the start: the per-event code then needs no test for a missing
    // CRN, id or name, and no compiled code is thrown away when the first event without one comes.
    private int[] byCrn = nothingDerivedFromCodeZero(1024, 1);
    private int[] byId = nothingDerivedFromCodeZero(1024, ID_STRIDE);
    private int[] byName = nothingDerivedFromCodeZero(1024, NAME_STRIDE);
    /** Row and CRN code of each row of the open batch whose source values were new, for {@link #completePending}. */
    private int[] pending = new int[128];
    private int pendingCount;
    /** This set's code of the unknown region, plus one; 0 until first needed. */
    private int unknownRegion;

    /** Fills the derived columns of a row when all its source values were seen before; else leaves it for later. */
    void fill(EventBatch b, int row, int crn, int targetId, int targetName) {
        if (!fillKnown(b, row, crn, targetId, targetName)) {
            if (pendingCount == pending.length) {
                pending = Arrays.copyOf(pending, pendingCount * 2);
            }
            pending[pendingCount++] = row;
            pending[pendingCount++] = crn;
        }
    }

    /** Runs the rules for the values first seen in this batch and fills the rows that waited for them. */
    void completePending(ThreadColumns t, EventBatch b) {
        for (int k = 0; k < pendingCount; k += 2) {
            int row = pending[k];
            int crn = pending[k + 1];
            int targetId = b.codes[EventColumn.TARGET_ID.ordinal()][row];
            int targetName = b.codes[EventColumn.TARGET_NAME.ordinal()][row];
            derive(t, crn, targetId, targetName);
            if (!fillKnown(b, row, crn, targetId, targetName)) {
                throw new IllegalStateException("derived columns missing after deriving them");
            }
        }
        pendingCount = 0;
    }

    private boolean fillKnown(EventBatch b, int row, int crn, int targetId, int targetName) {
        int id = targetId * ID_STRIDE;
        int name = targetName * NAME_STRIDE;
        if (known(byCrn, crn) == 0 || known(byId, id) == 0 || known(byName, name) == 0 || unknownRegion == 0) {
            return false;
        }
        int region = byCrn[crn] - 1;
        if (region == 0) {
            region = byId[id + REGION] - 1;
        }
        if (region == 0) {
            region = byName[name + REGION] - 1;
        }
        b.setDerived(EventColumn.REGION, row, region != 0 ? region : unknownRegion - 1);
        int digest = byId[id + DIGEST] - 1;
        if (digest == 0) {
            digest = byName[name + DIGEST] - 1;
        }
        b.setDerived(EventColumn.DIGEST, row, digest);
        for (int k = REPOSITORY; k < NAME_STRIDE; k++) {
            b.setDerived(FROM_NAME[k], row, byName[name + k] - 1);
        }
        return true;
    }

    /** The remembered entry at {@code at}, or 0 when not derived yet (also when beyond the array). */
    private static int known(int[] cache, int at) {
        return at < cache.length ? cache[at] : 0;
    }

    private void derive(ThreadColumns t, int crn, int targetId, int targetName) {
        if (known(byCrn, crn) == 0) {
            byCrn = room(byCrn, crn + 1);
            byCrn[crn] = t.dictionary(EventColumn.REGION).encode(lower(Crn.location(t.crns.value(crn)))) + 1;
        }
        if (known(byId, targetId * ID_STRIDE) == 0) {
            String id = t.dictionary(EventColumn.TARGET_ID).value(targetId);
            byId = room(byId, (targetId + 1) * ID_STRIDE);
            remember(t, byId, targetId * ID_STRIDE, FROM_ID, lower(Crn.location(id)), Digest.find(id));
        }
        if (known(byName, targetName * NAME_STRIDE) == 0) {
            String name = t.dictionary(EventColumn.TARGET_NAME).value(targetName);
            ImageRef ref = ImageRef.parse(name);
            byName = room(byName, (targetName + 1) * NAME_STRIDE);
            remember(t, byName, targetName * NAME_STRIDE, FROM_NAME,
                    Regions.ofRegistryHost(ImageRef.hostOf(name)).orElse(null), Digest.find(name),
                    ref == null ? null : ref.repository(), ref == null ? null : ref.namespace(),
                    ref == null ? null : ref.tag());
        }
        if (unknownRegion == 0) {
            unknownRegion = t.dictionary(EventColumn.REGION).encode(Regions.UNKNOWN_CODE) + 1;
        }
    }

    /** A cache for {@code codes} source codes of {@code stride} entries each, code 0 deriving nothing. */
    private static int[] nothingDerivedFromCodeZero(int codes, int stride) {
        int[] cache = new int[codes * stride];
        Arrays.fill(cache, 0, stride, 1);
        return cache;
    }

    /** Encodes each value into its column's dictionary and remembers the codes from {@code at}. */
    private static void remember(ThreadColumns t, int[] cache, int at, EventColumn[] columns, String... values) {
        for (int k = 0; k < columns.length; k++) {
            cache[at + k] = t.dictionary(columns[k]).encode(values[k]) + 1;
        }
    }

    private static int[] room(int[] cache, int size) {
        return size <= cache.length ? cache : Arrays.copyOf(cache, Math.max(size, cache.length * 2));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
