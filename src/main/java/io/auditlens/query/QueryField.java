package io.auditlens.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The event fields a query can name, with the help text the UI shows for each. */
public enum QueryField {
    ACTION("action", "Action name; the short form image.pull stands for container-registry.image.pull", "image.pull"),
    CATEGORY("category", "Action group: account, image-management, image-data, namespace, vulnerability or other",
            "image-data"),
    REGION("region", "Region the event came from, e.g. us-south, eu-de, global or unknown", "eu-de"),
    GEO("geo", "Geography of the region: Americas, Asia Pacific, Europe or Global", "europe"),
    OUTCOME("outcome", "Outcome of the request: success, failure, pending or as reported", "failure"),
    SEVERITY("severity", "Severity: normal, warning or critical", "critical"),
    REASON("reason", "Reason code of the response, e.g. 403", "403", "reasoncode"),
    INITIATOR("initiator", "Who made the request: initiator name or ID", "ana@example.com"),
    IP("ip", "Host address the request came from", "192.0.2.10"),
    TARGET("target", "Target resource name or ID", "us.icr.io/team/app:1.4"),
    REPO("repo", "Repository parsed from the target name", "app", "repository"),
    NAMESPACE("namespace", "Registry namespace parsed from the target name", "team"),
    TAG("tag", "Image tag parsed from the target name", "1.4"),
    DIGEST("digest", "Image digest, compared in lower case", "sha256:9f86d081884c7d65"),
    RG("rg", "Resource group ID of the target", "a1b2c3d4e5f6", "resourcegroup"),
    STATUS("status", "Vulnerability status: OK, WARN, FAIL, UNSUPPORTED, INCOMPLETE or UNSCANNED", "FAIL"),
    CORRELATION("correlation", "Correlation ID shared by related events", "5f2c8e1a-0b7d-4c1e-9a3f-2d6b8c4e0f11",
            "correlationid"),
    MESSAGE("message", "Event message text", "Container Registry: pull image"),
    LABEL("label", "Label put on the event in the open case, e.g. label:Evidence; label:* for any label", "Evidence"),
    NOTE("note", "Text in the event's note in the open case (part of it, ignoring case)", "asked the team"),
    HAS("has", "has:note for events with a note, has:label for events with any label", "note");

    private final String queryName;
    private final String description;
    private final String exampleValue;
    private final String alias;

    QueryField(String queryName, String description, String exampleValue) {
        this(queryName, description, exampleValue, "");
    }

    QueryField(String queryName, String description, String exampleValue, String alias) {
        this.queryName = queryName;
        this.description = description;
        this.exampleValue = exampleValue;
        this.alias = alias;
    }

    /** Whether the field matches the labels and notes of a case rather than the event itself. */
    public boolean isEvidence() {
        return this == LABEL || this == NOTE || this == HAS;
    }

    /** The name written before the colon, e.g. {@code region}. */
    public String queryName() {
        return queryName;
    }

    /** One line for the help popover. */
    public String description() {
        return description;
    }

    /** A typical value, unquoted. */
    public String exampleValue() {
        return exampleValue;
    }

    /** A complete term for the help popover, quoted where needed, e.g. {@code message:"Container Registry: pull image"}. */
    public String exampleQuery() {
        return new QueryNode.FieldTerm(this, exampleValue, MatchKind.EXACT).toQueryText();
    }

    /** Other accepted names, e.g. {@code repository} for {@link #REPO}; empty for most fields. */
    public List<String> aliases() {
        return alias.isEmpty() ? List.of() : List.of(alias);
    }

    /** The field a query name or alias stands for, ignoring case. */
    public static Optional<QueryField> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (QueryField f : values()) {
            if (f.queryName.equals(key) || f.alias.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
