package io.auditlens.sample;

/** A Vulnerability Advisor exemption: one CVE accepted for a repository. */
record Exemption(String id, RegistryLocation location, String scope, String issueId, String resourceGroupCrn) {

    String crn() {
        return location.resourceCrn("exemption", id);
    }
}
