package io.auditlens.ingest;

import io.auditlens.store.EventColumn;

/**
 * The fields of one event as read by {@link EventExtractor}, plus an order-independent content hash.
 * Mutable and reused for every event a parser thread reads, so that loading allocates no holder per event.
 */
final class ParsedEvent {
    final TextSlot eventTime = new TextSlot();
    final TextSlot action = new TextSlot();
    final TextSlot outcome = new TextSlot();
    final TextSlot severity = new TextSlot();
    final TextSlot message = new TextSlot();
    final TextSlot logSourceCrn = new TextSlot();
    final TextSlot correlationId = new TextSlot();
    final TextSlot reasonCode = new TextSlot();
    final TextSlot initiatorName = new TextSlot();
    final TextSlot initiatorId = new TextSlot();
    final TextSlot ip = new TextSlot();
    final TextSlot targetName = new TextSlot();
    final TextSlot targetId = new TextSlot();
    final TextSlot resourceGroupId = new TextSlot();
    final TextSlot status = new TextSlot();
    /** The captured values that are store columns, in the order of {@link #STORED_COLUMNS}. */
    final TextSlot[] stored = {action, outcome, severity, reasonCode, initiatorName, initiatorId, ip, status, message,
        resourceGroupId, targetName, targetId};
    /** The store column of each {@link #stored} value. */
    static final EventColumn[] STORED_COLUMNS = {
        EventColumn.ACTION, EventColumn.OUTCOME,
        EventColumn.SEVERITY, EventColumn.REASON,
        EventColumn.INITIATOR_NAME, EventColumn.INITIATOR_ID,
        EventColumn.IP, EventColumn.STATUS,
        EventColumn.MESSAGE, EventColumn.RESOURCE_GROUP,
        EventColumn.TARGET_NAME, EventColumn.TARGET_ID};
    private final TextSlot[] all = {eventTime, action, outcome, severity, message, logSourceCrn, correlationId,
        reasonCode, initiatorName, initiatorId, ip, targetName, targetId, resourceGroupId, status};
    boolean eventTimeNotText;
    boolean actionNotText;
    /** Why the record looks like another cloud's log (CloudTrail, GCP), or null. */
    String foreignMarker;
    long hashA;
    long hashB;

    void reset() {
        for (TextSlot s : all) {
            s.clear();
        }
        eventTimeNotText = false;
        actionNotText = false;
        foreignMarker = null;
        hashA = 0;
        hashB = 0;
    }
}
