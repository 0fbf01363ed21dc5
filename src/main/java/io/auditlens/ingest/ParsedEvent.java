package io.auditlens.ingest;

/**
 * The fields of one event as read by {@link EventExtractor}, plus an order-independent content hash.
 * Mutable and reused for every event a parser thread reads, so that loading allocates no holder per event.
 */
final class ParsedEvent {
    String eventTime;
    boolean eventTimeNotText;
    String action;
    boolean actionNotText;
    String outcome;
    String severity;
    String message;
    String logSourceCrn;
    String correlationId;
    String reasonCode;
    String initiatorName;
    String initiatorId;
    String ip;
    String targetName;
    String targetId;
    String resourceGroupId;
    String status;
    /** A field that marks a record of another cloud (e.g. protoPayload, Records), or null. */
    String foreignMarker;
    long hashA;
    long hashB;

    void reset() {
        eventTime = null;
        eventTimeNotText = false;
        action = null;
        actionNotText = false;
        outcome = null;
        severity = null;
        message = null;
        logSourceCrn = null;
        correlationId = null;
        reasonCode = null;
        initiatorName = null;
        initiatorId = null;
        ip = null;
        targetName = null;
        targetId = null;
        resourceGroupId = null;
        status = null;
        foreignMarker = null;
        hashA = 0;
        hashB = 0;
    }
}
