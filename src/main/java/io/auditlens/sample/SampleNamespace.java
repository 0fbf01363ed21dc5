package io.auditlens.sample;

/**
 * A registry namespace in one location; {@code resourceGroupCrn} is null for namespaces that were never
 * migrated to IAM, which is why their events lack {@code target.resourceGroupId}.
 */
record SampleNamespace(String name, RegistryLocation location, String resourceGroupCrn) {

    /** {@code host/namespace}, as image references start. */
    String ref() {
        return location.host() + "/" + name;
    }

    String crn() {
        return location.resourceCrn("namespace", name);
    }
}
