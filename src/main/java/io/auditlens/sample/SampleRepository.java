package io.auditlens.sample;

import java.util.HashMap;
import java.util.Map;

/** A repository in a namespace, with the tags currently pointing at its images and its release numbering. */
final class SampleRepository {

    private final SampleNamespace namespace;
    private final String path;
    private final Map<String, StoredImage> imagesByTag = new HashMap<>();
    private int major;
    private int minor;
    private int patch;

    SampleRepository(SampleNamespace namespace, String path, int major, int minor) {
        this.namespace = namespace;
        this.path = path;
        this.major = major;
        this.minor = minor;
    }

    SampleNamespace namespace() {
        return namespace;
    }

    RegistryLocation location() {
        return namespace.location();
    }

    /** The repository path inside the namespace, e.g. {@code api} or {@code tools/builder}. */
    String path() {
        return path;
    }

    /** {@code host/namespace/path}. */
    String ref() {
        return namespace.ref() + "/" + path;
    }

    /** The tag of the next release, like a CI pipeline bumping the patch number on every build. */
    String nextReleaseTag(SampleRandom random) {
        if (random.chance(0.12)) {
            minor++;
            patch = 0;
        } else if (random.chance(0.01)) {
            major++;
            minor = 0;
            patch = 0;
        } else {
            patch++;
        }
        return major + "." + minor + "." + patch;
    }

    /** A release tag that was never pushed, as a mistyped pull would ask for. */
    String missingTag(SampleRandom random) {
        return major + "." + (minor + 1 + random.nextInt(3)) + "." + random.nextInt(20);
    }

    String minorLine() {
        return "v" + major + "." + minor;
    }

    StoredImage imageTagged(String tag) {
        return imagesByTag.get(tag);
    }

    /** Points a tag at an image; the image it pointed at before loses it, as a registry moves tags. */
    void pointTag(String tag, StoredImage image) {
        StoredImage previous = imagesByTag.put(tag, image);
        if (previous != null && previous != image) {
            previous.tags().remove(tag);
        }
        if (!image.tags().contains(tag)) {
            image.tags().add(tag);
        }
    }

    void dropTag(String tag, StoredImage image) {
        imagesByTag.remove(tag, image);
        image.tags().remove(tag);
    }
}
