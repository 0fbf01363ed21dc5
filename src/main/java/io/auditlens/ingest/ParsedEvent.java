package io.auditlens.ingest;

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
