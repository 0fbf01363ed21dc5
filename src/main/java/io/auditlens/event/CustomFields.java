package io.auditlens.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The custom event fields IBM's documentation lists for Container Registry: requestData and responseData keys of
 * vulnerability and signing events, each with the actions it belongs to, IBM's explanation and, where the
 * documentation enumerates them, the values it may take.
 */
public final class CustomFields {

    /**
     * One custom field: its dotted path from the event root, the full names of the actions that carry it, its type,
     * IBM's explanation and the meaning of each value IBM's documentation names.
     */
    public record CustomField(String path, Set<String> actions, String type, String description,
                              Map<String, String> values) {

        /** What a given value means, when IBM's documentation enumerates this field's values. */
        public Optional<String> meaningOf(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(values.get(value));
        }
    }

    private static final Set<String> ACCOUNT_VULNERABILITY_LISTS = actions("account-vulnerability-report.list",
            "account-vulnerability-status.list");
    private static final Set<String> IMAGE_VULNERABILITY_READS = actions("image-vulnerability-report.read",
            "image-vulnerability-status.read");
    private static final Set<String> SIGNATURES = actions("signature.delete", "signature.read", "signature.write");

    private static final String STATUS_SOURCE = " IBM's documentation lists the overall vulnerability assessment "
            + "status values OK, WARN, FAIL, UNSUPPORTED, INCOMPLETE and UNSCANNED; see Vulnerability report status codes in the "
            + "API documentation.";

    // Value glosses restate the status names in words; IBM's documentation only lists them and points to the API.
    private static final Map<String, String> STATUS_VALUES = Map.of(
            "OK", "OK: the overall vulnerability assessment reports no problem." + STATUS_SOURCE,
            "WARN", "WARN: the overall vulnerability assessment ends in a warning." + STATUS_SOURCE,
            "FAIL", "FAIL: the image fails the overall vulnerability assessment." + STATUS_SOURCE,
            "UNSUPPORTED", "UNSUPPORTED: the image cannot be assessed by Vulnerability Advisor." + STATUS_SOURCE,
            "INCOMPLETE", "INCOMPLETE: the vulnerability assessment of the image is not complete." + STATUS_SOURCE,
            "UNSCANNED", "UNSCANNED: the image has not been scanned, so there is no vulnerability assessment."
                    + STATUS_SOURCE);

    private static final String INCLUDE_IBM = "When set to true, the returned list contains IBM public images and "
            + "the account images. If not set, or set to false, the list contains only the account images.";
    private static final String INCLUDE_PRIVATE = "When set to false, the returned list does not contain the "
            + "private account images. If not set, or set to true, the list contains the private account images.";

    private static final List<CustomField> ALL = List.of(
            text("requestData.RequestParameters.repository", ACCOUNT_VULNERABILITY_LISTS, "The name of the "
                    + "repository that you want to see image vulnerability assessments for. For example, "
                    + "us.icr.io/namespace/image."),
            new CustomField("requestData.RequestParameters.includeIBM", ACCOUNT_VULNERABILITY_LISTS, "String",
                    INCLUDE_IBM, Map.of("true", "true: " + INCLUDE_IBM, "false", "false: " + INCLUDE_IBM)),
            new CustomField("requestData.RequestParameters.includePrivate", ACCOUNT_VULNERABILITY_LISTS, "String",
                    INCLUDE_PRIVATE, Map.of("true", "true: " + INCLUDE_PRIVATE, "false", "false: " + INCLUDE_PRIVATE)),
            text("requestData.RequestParameters.name", IMAGE_VULNERABILITY_READS, "The name of the image. For "
                    + "example, us.icr.io/namespace/repository:tag."),
            text("responseData.id", actions("image-vulnerability-report.read"), "The unique ID of the report."),
            new CustomField("responseData.status", IMAGE_VULNERABILITY_READS, "String", "The overall vulnerability "
                    + "assessment status: OK, WARN, FAIL, UNSUPPORTED, INCOMPLETE or UNSCANNED.", STATUS_VALUES),
            text("requestData.RequestParameters.repository", SIGNATURES, "The name of the repository for which you "
                    + "want to see image signing reports. For example, us.icr.io/namespace/image."),
            text("requestData.RequestParameters.signatureMethod", SIGNATURES, "The technology that is used to sign "
                    + "the image, such as Red Hat Signing."),
            text("requestData.RequestParameters.signatureObject", SIGNATURES, "The object type upon which a signing "
                    + "operation is implemented, for example, image."));

    private CustomFields() {
    }

    /** Every custom field IBM documents. */
    public static List<CustomField> all() {
        return ALL;
    }

    /**
     * The custom field at a dotted path such as {@code responseData.status} in an event of the given action (full or
     * short name). Paths compare exactly, since JSON keys are case-sensitive.
     */
    public static Optional<CustomField> find(String action, String path) {
        if (action == null) {
            return Optional.empty();
        }
        String full = ActionCatalog.fullName(action);
        return ALL.stream().filter(f -> f.path().equals(path) && f.actions().contains(full)).findFirst();
    }

    /** What a status value of {@code responseData.status} means, from IBM's list. */
    public static Optional<String> statusMeaning(String status) {
        return Optional.ofNullable(status == null ? null : STATUS_VALUES.get(status));
    }

    private static CustomField text(String path, Set<String> actions, String description) {
        return new CustomField(path, actions, "String", description, Map.of());
    }

    private static Set<String> actions(String... shortNames) {
        return java.util.Arrays.stream(shortNames).map(s -> ActionCatalog.SERVICE_PREFIX + s)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
