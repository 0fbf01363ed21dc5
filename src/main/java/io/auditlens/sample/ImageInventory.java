package io.auditlens.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The images of the sample account in push order: those live in the registry and those in the trash.
 * Every image action picks its digest here, so a digest is only ever pulled after it was pushed.
 */
final class ImageInventory {

    /** How long deleted images stay restorable, as the registry's trash keeps them. */
    static final long TRASH_RETENTION_MILLIS = 30L * 24 * 3600 * 1000;

    private static final int SEARCH_TRIES = 12;

    private final List<StoredImage> live = new ArrayList<>();
    private final List<StoredImage> trash = new ArrayList<>();
    private int signedLive;

    boolean hasLive() {
        return !live.isEmpty();
    }

    boolean hasSigned() {
        return signedLive > 0;
    }

    boolean hasTrash() {
        return !trash.isEmpty();
    }

    StoredImage push(SampleRepository repository, String tag, String digest, ImageManifest manifest, long time) {
        StoredImage image = new StoredImage(repository, digest, time, manifest);
        repository.pointTag(tag, image);
        live.add(image);
        return image;
    }

    /** A live image, recent ones far more likely. */
    StoredImage pickRecent(SampleRandom random) {
        return live.get(random.recentIndex(live.size()));
    }

    /** A live image, old ones more likely: what clean-ups and deletions go after. */
    StoredImage pickOld(SampleRandom random) {
        return live.get(random.oldIndex(live.size()));
    }

    /** A recent live image with a tag, or null when a few tries found none. */
    StoredImage pickTagged(SampleRandom random) {
        for (int i = 0; i < SEARCH_TRIES; i++) {
            StoredImage image = pickRecent(random);
            if (!image.tags().isEmpty()) {
                return image;
            }
        }
        return null;
    }

    /** A recent live image matching the wanted signature state; null when none turns up. */
    StoredImage pickBySignature(SampleRandom random, boolean signed) {
        for (int i = 0; i < SEARCH_TRIES; i++) {
            StoredImage image = pickRecent(random);
            if (image.signed() == signed) {
                return image;
            }
        }
        if (signed) {
            // Signed images can be rare and old: scan from the newest so a read always finds one.
            for (int i = live.size() - 1; i >= 0; i--) {
                if (live.get(i).signed()) {
                    return live.get(i);
                }
            }
        }
        return null;
    }

    /** Up to {@code max} of the oldest live images of one repository, as a bulk clean-up selects them. */
    List<StoredImage> oldestIn(SampleRepository repository, int max) {
        List<StoredImage> found = new ArrayList<>();
        for (int i = 0; i < live.size() && found.size() < max; i++) {
            if (live.get(i).repository() == repository) {
                found.add(live.get(i));
            }
        }
        return found;
    }

    void sign(StoredImage image, String method) {
        if (!image.signed()) {
            signedLive++;
        }
        image.sign(method);
    }

    void unsign(StoredImage image) {
        if (image.signed()) {
            signedLive--;
        }
        image.unsign();
    }

    void delete(StoredImage image, long time) {
        if (live.remove(image)) {
            if (image.signed()) {
                signedLive--;
            }
            image.trashed(time);
            trash.add(image);
        }
    }

    /** The most recently deleted image still in the trash, or null. */
    StoredImage latestTrashed() {
        return trash.isEmpty() ? null : trash.get(trash.size() - 1);
    }

    /** Puts a trashed image back among the live ones, in push order; returns the tags it got back. */
    List<String> restore(StoredImage image) {
        if (!trash.remove(image)) {
            return List.of();
        }
        int at = live.size();
        while (at > 0 && live.get(at - 1).pushedAt() > image.pushedAt()) {
            at--;
        }
        live.add(at, image);
        if (image.signed()) {
            signedLive++;
        }
        return image.restored();
    }

    /** Forgets trashed images older than the retention: they can no longer be restored. */
    void expireTrash(long now) {
        while (!trash.isEmpty() && now - trash.get(0).deletedAt() > TRASH_RETENTION_MILLIS) {
            trash.remove(0);
        }
    }

    int liveCount() {
        return live.size();
    }

    int trashCount() {
        return trash.size();
    }
}
