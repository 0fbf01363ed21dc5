package io.auditlens.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom event fields the seed document lists for Container Registry (requestData and responseData keys of
 * vulnerability and signing events), each with the seed's explanation and, where the seed enumerates them, the
 * values it may take.
 */
public final class CustomFields {

    /** One custom field: its dotted path from the event root, type, explanation and the values the seed names. */
    public record CustomField(String path, String type, String description, Map<String, String> values) {

        /** What a given value means, when the seed enumerates this field's values. */
        public Optional<String> meaningOf(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(values.get(value));
        }
    }

    private static final String VULNERABILITY_STATUS_LIST =
            "; the seed lists the overall vulnerability assessment status values OK, WARN, FAIL, UNSUPPORTED, "
                    + "INCOMPLETE and UNSCANNED (see Vulnerability report status codes in the API documentation).";

    // Value glosses restate the status names in words; the seed itself only lists them and points to the API docs.
    private static final Map<String, String> STATUS_VALUES = Map.of(
            "OK", "OK: the overall vulnerability assessment reports no problem" + VULNERABILITY_STATUS_LIST,
            "WARN", "WARN: the overall vulnerability assessment ends in a warning" + VULNERABILITY_STATUS_LIST,
            "FAIL", "FAIL: the image fails the overall vulnerability assessment" + VULNERABILITY_STATUS_LIST,
            "UNSUPPORTED", "UNSUPPORTED: the image cannot be assessed by Vulnerability Advisor"
                    + VULNERABILITY_STATUS_LIST,
            "INCOMPLETE", "INCOMPLETE: the vulnerability assessment of the image is not complete"
                    + VULNERABILITY_STATUS_LIST,
            "UNSCANNED", "UNSCANNED: the image has not been scanned, so there is no vulnerability assessment"
                    + VULNERABILITY_STATUS_LIST);

    private static final String INCLUDE_IBM = "When set to true, the returned list contains IBM public images and "
            + "the account images. If not set, or set to false, the list contains only the account images.";
    private static final String INCLUDE_PRIVATE = "When set to false, the returned list does not contain the "
            + "private account images. If not set, or set to true, the list contains the private account images.";

    private static final List<CustomField> ALL = List.of(
            field("requestData.RequestParameters.repository", "The name of the repository that the request is "
                    + "about (vulnerability assessments or image signing). For example, us.icr.io/namespace/image."),
            new CustomField("requestData.RequestParameters.includeIBM", "String", INCLUDE_IBM,
                    Map.of("true", "true: " + INCLUDE_IBM, "false", "false: " + INCLUDE_IBM)),
            new CustomField("requestData.RequestParameters.includePrivate", "String", INCLUDE_PRIVATE,
                    Map.of("true", "true: " + INCLUDE_PRIVATE, "false", "false: " + INCLUDE_PRIVATE)),
            field("requestData.RequestParameters.name", "The name of the image. For example, "
                    + "us.icr.io/namespace/repository:tag."),
            field("requestData.RequestParameters.signatureMethod", "The technology that is used to sign the image, "
                    + "such as Red Hat Signing."),
            field("requestData.RequestParameters.signatureObject", "The object type upon which a signing operation "
                    + "is implemented, for example, image."),
            field("responseData.id", "The unique ID of the vulnerability report."),
            new CustomField("responseData.status", "String", "The overall vulnerability assessment status of the "
                    + "image: OK, WARN, FAIL, UNSUPPORTED, INCOMPLETE or UNSCANNED.", STATUS_VALUES));

    private CustomFields() {
    }

    /** Every custom field of the seed. */
    public static List<CustomField> all() {
        return ALL;
    }

    /** The custom field at a dotted path such as {@code responseData.status}, compared exactly (JSON keys are case-sensitive). */
    public static Optional<CustomField> find(String path) {
        return ALL.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    private static CustomField field(String path, String description) {
        return new CustomField(path, "String", description, Map.of());
    }
}
