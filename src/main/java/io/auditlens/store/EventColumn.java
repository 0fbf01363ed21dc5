package io.auditlens.store;

/** The dictionary-encoded columns of the {@link EventStore}; code 0 always means "no value". */
public enum EventColumn {
    ACTION("action"),
    REGION("region"),
    OUTCOME("outcome"),
    SEVERITY("severity"),
    REASON("reason"),
    INITIATOR_NAME("initiator"),
    INITIATOR_ID("initiatorId"),
    IP("ip"),
    TARGET_NAME("target"),
    TARGET_ID("targetId"),
    RESOURCE_GROUP("rg"),
    DIGEST("digest"),
    REPOSITORY("repository"),
    NAMESPACE("namespace"),
    TAG("tag"),
    STATUS("status"),
    MESSAGE("message"),
    /** Correlation ids that are not UUIDs; UUIDs are packed into two longs instead. */
    CORRELATION_TEXT("correlation");

    private final String key;

    EventColumn(String key) {
        this.key = key;
    }

    /** The name used in JSON output and facet keys. */
    public String key() {
        return key;
    }
}
