package io.auditlens.sample;

/**
 * A location the sample account uses: the region code, the registry host its images are addressed by,
 * and the {@code logSourceCRN} its events carry.
 */
record RegistryLocation(String code, String host, String logSourceCrn) {

    /** The CRN of a resource of this registry instance, e.g. {@code ...::namespace:team-web}. */
    String resourceCrn(String type, String resource) {
        return logSourceCrn + type + ":" + resource;
    }
}
