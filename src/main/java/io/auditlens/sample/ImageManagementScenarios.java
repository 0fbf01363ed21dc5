package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.List;

/** Builds the image management events: inspect, list, tag, untag, manifests, retention and trash. */
final class ImageManagementScenarios {

    private static final List<String> MOVING_TAGS = List.of("latest", "stable", "prod", "staging", "canary");

    private final SampleWorld world;
    private final SampleRandom random;

    ImageManagementScenarios(SampleWorld world, SampleRandom random) {
        this.world = world;
        this.random = random;
    }

    void inspect(EventDraft d) {
        StoredImage image = imageEvent(d, "inspect image");
        if (!d.failing()) {
            d.response().put("Architecture", "amd64").put("Os", "linux")
                    .put("Size", image.manifest().layers() * 23_000_000L + random.nextInt(9_000_000));
        }
    }

    void inspectManifest(EventDraft d) {
        StoredImage image = imageEvent(d, "inspect manifest of image");
        if (!d.failing()) {
            d.response().put("schemaVersion", 2).put("mediaType", image.manifest().mediaType())
                    .put("layers", image.manifest().layers());
        }
    }

    void list(EventDraft d) {
        RegistryLocation location = d.preferredLocation() != null ? d.preferredLocation() : world.pickLocation(random);
        SampleNamespace namespace = world.pickNamespace(random, location);
        d.at(location).by(world.initiators().administrator(random));
        d.requestParameters().put("namespace", namespace.name()).put("includeIBM", "false")
                .put("includePrivate", "true");
        d.target(EventTarget.namespace(namespace), "list images in namespace");
        if (!d.failing()) {
            d.response().put("count", random.between(1, 60));
        }
    }

    void tag(EventDraft d) {
        StoredImage image = world.images().pickRecent(random);
        SampleRepository repo = image.repository();
        String newTag = random.chance(0.3) ? repo.minorLine() : random.pick(MOVING_TAGS);
        String source = image.tags().isEmpty() ? image.digestRef() : image.tagRef(image.tags().get(0));
        d.at(repo.location()).by(world.initiators().builder(random));
        d.requestParameters().put("source", source).put("target", image.tagRef(newTag));
        d.target(EventTarget.image(image, image.tagRef(newTag)), "tag image");
        if (!d.failing()) {
            repo.pointTag(newTag, image);
            d.succeeded(201, "normal");
        }
    }

    void untag(EventDraft d) {
        StoredImage image = world.images().pickTagged(random);
        if (image == null) {
            // Nothing tagged turned up: the caller names a tag that is already gone.
            image = world.images().pickRecent(random);
            String gone = image.tagRef(image.repository().missingTag(random));
            d.at(image.repository().location()).by(world.initiators().administrator(random));
            d.requestParameters().put("tag", gone);
            d.target(EventTarget.unresolvedImage(image.repository(), gone), "untag image").failWith(404);
            return;
        }
        String tag = random.pick(image.tags());
        d.at(image.repository().location()).by(world.initiators().administrator(random));
        d.requestParameters().put("tag", image.tagRef(tag));
        d.target(EventTarget.image(image, image.tagRef(tag)), "untag image");
        if (!d.failing()) {
            d.response().put("untagged", image.tagRef(tag)).put("digest", image.digest());
            image.repository().dropTag(tag, image);
        }
    }

    void retentionAnalyze(EventDraft d) {
        SampleNamespace namespace = retentionEvent(d, "analyze retention policy for namespace");
        if (!d.failing()) {
            d.response().put("namespace", namespace.name()).put("images", random.between(0, 40));
        }
    }

    void retentionList(EventDraft d) {
        RegistryLocation location = world.pickLocation(random);
        d.at(location).by(world.initiators().administrator(random));
        d.target(registry(location, "retention-policy"), "list retention policies in registry");
        if (!d.failing()) {
            d.response().put("count", random.between(0, world.namespaceCount(location)));
        }
    }

    void retentionSet(EventDraft d) {
        SampleNamespace namespace = retentionEvent(d, "set retention policy for namespace");
        if (!d.failing()) {
            d.response().put("namespace", namespace.name()).put("applied", true);
            String severity = random.chance(0.2) ? "critical" : "normal";
            if (random.chance(0.1)) {
                d.pending(severity);
            } else {
                d.succeeded(200, severity);
            }
        }
    }

    void trashList(EventDraft d) {
        RegistryLocation location = world.pickLocation(random);
        d.at(location).by(world.initiators().administrator(random));
        d.target(registry(location, "trash"), "list trash in registry");
        if (!d.failing()) {
            d.response().put("count", world.images().trashCount());
        }
    }

    void trashRestore(EventDraft d) {
        StoredImage image = world.images().latestTrashed();
        d.at(image.repository().location()).by(world.initiators().administrator(random));
        d.requestParameters().put("image", image.digestRef());
        d.target(EventTarget.image(image, image.digestRef()), "restore image");
        if (!d.failing()) {
            ArrayNode tags = d.response().put("restored", image.digestRef()).putArray("tags");
            world.images().restore(image).forEach(tags::add);
        }
    }

    private StoredImage imageEvent(EventDraft d, String phrase) {
        StoredImage image = world.images().pickRecent(random);
        d.at(image.repository().location()).by(world.initiators().administrator(random));
        boolean byTag = !image.tags().isEmpty() && random.chance(0.75);
        String ref = byTag ? image.tagRef(random.pick(image.tags())) : image.digestRef();
        d.requestParameters().put("image", ref);
        d.target(EventTarget.image(image, ref), phrase);
        return image;
    }

    private SampleNamespace retentionEvent(EventDraft d, String phrase) {
        RegistryLocation location = world.pickLocation(random);
        SampleNamespace namespace = world.pickNamespace(random, location);
        d.at(location).by(world.initiators().administrator(random));
        d.requestParameters().put("namespace", namespace.name())
                .put("imagesPerRepo", String.valueOf(random.between(3, 20)))
                .put("retainUntagged", random.chance(0.3) ? "true" : "false");
        d.target(EventTarget.namespace(namespace), phrase);
        return namespace;
    }

    private EventTarget registry(RegistryLocation location, String kind) {
        return EventTarget.registry(location, kind, world.account().resourceGroupCrns().get(0));
    }
}
