package io.auditlens.sample;

/** The {@code target} of an event; {@code id} and {@code resourceGroupCrn} may be null (the field is then absent). */
record EventTarget(String name, String id, String typeUri, String resourceGroupCrn) {

    static final String IMAGE_TYPE = "container-registry/image";

    /** An image addressed as {@code ref}; target.id is always the image by digest. */
    static EventTarget image(StoredImage image, String ref) {
        return new EventTarget(ref, image.crn(), IMAGE_TYPE, image.repository().namespace().resourceGroupCrn());
    }

    /** An image reference the registry could not resolve to a digest, so there is no target.id. */
    static EventTarget unresolvedImage(SampleRepository repository, String ref) {
        return new EventTarget(ref, null, IMAGE_TYPE, repository.namespace().resourceGroupCrn());
    }

    static EventTarget namespace(SampleNamespace namespace) {
        return new EventTarget(namespace.ref(), namespace.crn(), "container-registry/namespace",
                namespace.resourceGroupCrn());
    }

    /** The registry instance of a location, for account-wide actions; {@code kind} completes the typeURI. */
    static EventTarget registry(RegistryLocation location, String kind, String resourceGroupCrn) {
        return new EventTarget(location.host(), location.logSourceCrn(), "container-registry/" + kind,
                resourceGroupCrn);
    }
}
