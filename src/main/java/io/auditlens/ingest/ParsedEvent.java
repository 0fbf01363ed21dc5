package io.auditlens.ingest;

import io.auditlens.store.EventColumn;

/**
 * The fields of one event as read by {@link EventExtractor}, plus an order-independent content hash.
 * Mutable and reused for every event a parser thread reads, so that loading allocates no holder per event.
 */
final class ParsedEvent {
    final CharSlot eventTime = new CharSlot();
    final CharSlot action = new CharSlot();
    final CharSlot outcome = new CharSlot();
    final CharSlot severity = new CharSlot();
    final CharSlot message = new CharSlot();
    final CharSlot logSourceCrn = new CharSlot();
    final CharSlot correlationId = new CharSlot();
    final CharSlot reasonCode = new CharSlot();
    final CharSlot initiatorName = new CharSlot();
    final CharSlot initiatorId = new CharSlot();
    final CharSlot ip = new CharSlot();
    final CharSlot targetName = new CharSlot();
    final CharSlot targetId = new CharSlot();
    final CharSlot resourceGroupId = new CharSlot();
    final CharSlot status = new CharSlot();
    /** The captured values that are store columns, in the order of {@link #STORED_COLUMNS}. */
    final CharSlot[] stored = {action, outcome, severity, reasonCode, initiatorName, initiatorId, ip, status, message,
        resourceGroupId, targetName, targetId};
    /** The store column of each {@link #stored} value. */
    static final EventColumn[] STORED_COLUMNS = {
        EventColumn.ACTION, EventColumn.OUTCOME,
        EventColumn.SEVERITY, EventColumn.REASON,
        EventColumn.INITIATOR_NAME, EventColumn.INITIATOR_ID,
        EventColumn.IP, EventColumn.STATUS,
        EventColumn.MESSAGE, EventColumn.RESOURCE_GROUP,
        EventColumn.TARGET_NAME, EventColumn.TARGET_ID};
    private final CharSlot[] all = {eventTime, action, outcome, severity, message, logSourceCrn, correlationId,
        reasonCode, initiatorName, initiatorId, ip, targetName, targetId, resourceGroupId, status};
    boolean eventTimeNotText;
    boolean actionNotText;
    /** Why the record looks like another cloud's log (CloudTrail, GCP), or null. */
    String foreignMarker;
    long hashA;
    long hashB;

    void reset() {
        for (CharSlot s : all) {
            s.clear();
        }
        eventTimeNotText = false;
        actionNotText = false;
        foreignMarker = null;
        hashA = 0;
        hashB = 0;
    }
}
