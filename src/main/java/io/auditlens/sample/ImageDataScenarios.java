package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.List;

/** Builds the image data events: push, pull, delete, bulk delete and signatures. */
final class ImageDataScenarios {

    private static final String RED_HAT_SIGNING = "Red Hat Signing";
    private static final String NOTARY = "Notary";

    private final SampleWorld world;
    private final SampleRandom random;

    ImageDataScenarios(SampleWorld world, SampleRandom random) {
        this.world = world;
        this.random = random;
    }

    void push(EventDraft d) {
        SampleRepository repo = world.pickRepository(random, d.preferredLocation());
        String tag = random.chance(0.15) ? "sha-" + random.hex(7) : repo.nextReleaseTag(random);
        String ref = repo.ref() + ":" + tag;
        d.at(repo.location()).by(world.initiators().builder(random));
        manifestRequest(d, repo, tag);
        // A rejected push never creates a digest, so the registry cannot name one in target.id.
        d.preferFailureCode(random.chance(0.6) ? 403 : 401);
        if (d.failing()) {
            d.target(EventTarget.unresolvedImage(repo, ref), "push image");
            return;
        }
        ImageManifest manifest = ImageManifest.random(random);
        StoredImage image = world.images().push(repo, tag, "sha256:" + random.hex(64), manifest, d.time());
        d.target(EventTarget.image(image, ref), "push image").succeeded(201, "normal");
        manifestResponse(d, image);
    }

    void pull(EventDraft d) {
        pull(d, world.images().pickRecent(random));
    }

    /** A pull of a given image. */
    void pull(EventDraft d, StoredImage image) {
        SampleRepository repo = image.repository();
        d.at(repo.location()).by(world.initiators().puller(random));
        if (d.failing() && d.failureCode() != 403) {
            // A tag the registry does not know (or a caller it does not know) fails before any digest is found.
            boolean askLatest = random.chance(0.4) && repo.imageTagged("latest") == null;
            String tag = askLatest ? "latest" : repo.missingTag(random);
            manifestRequest(d, repo, tag);
            d.target(EventTarget.unresolvedImage(repo, repo.ref() + ":" + tag), "pull image");
            return;
        }
        boolean byTag = !image.tags().isEmpty() && random.chance(0.85);
        String reference = byTag ? random.pick(image.tags()) : image.digest();
        manifestRequest(d, repo, reference);
        // Pulls are most of the volume and the service logs little for them beyond the target.
        d.target(EventTarget.image(image, byTag ? image.tagRef(reference) : image.digestRef()), "pull image");
    }

    void delete(EventDraft d) {
        StoredImage image = world.images().pickOld(random);
        d.at(image.repository().location()).by(world.initiators().administrator(random));
        boolean byTag = !image.tags().isEmpty() && random.chance(0.5);
        String ref = byTag ? image.tagRef(random.pick(image.tags())) : image.digestRef();
        d.requestParameters().put("image", ref).put("force", image.tags().size() > 1 ? "true" : "false");
        d.target(EventTarget.image(image, ref), "delete image");
        if (!d.failing()) {
            d.response().put("deleted", image.digestRef()).put("signatureDeleted", image.signed());
            world.images().delete(image, d.time());
            d.succeeded(200, random.chance(0.25) ? "critical" : "normal");
        }
    }

    void bulkDelete(EventDraft d) {
        SampleRepository repo = world.images().pickOld(random).repository();
        List<StoredImage> victims = world.images().oldestIn(repo, random.between(2, 5));
        d.at(repo.location()).by(world.initiators().administrator(random));
        ArrayNode names = d.requestParameters().putArray("images");
        for (StoredImage image : victims) {
            names.add(image.digestRef());
        }
        d.target(new EventTarget(repo.ref(), repo.location().resourceCrn("repository", repo.namespace().name() + "/"
                + repo.path()), "container-registry/repository", repo.namespace().resourceGroupCrn()),
                "delete images in repository");
        if (d.failing()) {
            return;
        }
        ArrayNode deleted = d.response().putArray("deleted");
        for (StoredImage image : victims) {
            deleted.add(image.digest());
            world.images().delete(image, d.time());
        }
        String severity = random.chance(0.5) ? "critical" : "normal";
        // Large clean-ups are accepted and finish in the background.
        if (random.chance(0.1)) {
            d.pending(severity);
        } else {
            d.succeeded(200, severity);
        }
    }

    void signatureWrite(EventDraft d) {
        StoredImage image = world.images().pickBySignature(random, false);
        if (image == null) {
            image = world.images().pickRecent(random);
        }
        String method = random.chance(0.65) ? RED_HAT_SIGNING : NOTARY;
        signatureEvent(d, image, method, "write signature for image");
        if (!d.failing()) {
            world.images().sign(image, method);
            d.succeeded(201, "normal");
        }
    }

    void signatureRead(EventDraft d) {
        StoredImage image = world.images().pickBySignature(random, true);
        signatureEvent(d, image, image.signatureMethod(), "read signature of image");
        if (!d.failing()) {
            d.response().put("signatures", 1).put("verified", true);
        }
    }

    void signatureDelete(EventDraft d) {
        StoredImage image = world.images().pickBySignature(random, true);
        signatureEvent(d, image, image.signatureMethod(), "delete signature from image");
        if (!d.failing()) {
            world.images().unsign(image);
            d.succeeded(200, random.chance(0.2) ? "critical" : "normal");
        }
    }

    private void signatureEvent(EventDraft d, StoredImage image, String method, String phrase) {
        d.at(image.repository().location()).by(world.initiators().builder(random));
        d.requestParameters().put("repository", image.repository().ref()).put("signatureMethod", method)
                .put("signatureObject", "image");
        String ref = !image.tags().isEmpty() && random.chance(0.7)
                ? image.tagRef(random.pick(image.tags())) : image.digestRef();
        d.target(EventTarget.image(image, ref), phrase);
    }

    private static void manifestRequest(EventDraft d, SampleRepository repo, String reference) {
        d.requestParameters().put("reference", reference);
    }

    private static void manifestResponse(EventDraft d, StoredImage image) {
        // The digest is already in target.id; the response only adds what was transferred.
        d.response().put("mediaType", image.manifest().mediaType()).put("size", image.manifest().size());
    }
}
