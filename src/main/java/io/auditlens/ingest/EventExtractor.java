package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.auditlens.store.RawKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one record (an event or a wrapper around one) from a streaming parser, capturing the fields the store
 * needs and hashing all content for duplicate detection. One instance per thread; it is reused for every record.
 */
final class EventExtractor {

    private static final int SLOT_OTHER = 0;
    private static final int SLOT_ROOT = 1;
    private static final int SLOT_INITIATOR = 2;
    private static final int SLOT_HOST = 3;
    private static final int SLOT_TARGET = 4;
    private static final int SLOT_REASON = 5;
    private static final int SLOT_RESPONSE = 6;

    private static final int KIND_STRING = 1;
    private static final int KIND_NUMBER = 2;
    private static final int KIND_TRUE = 3;
    private static final int KIND_FALSE = 4;
    private static final int KIND_NULL = 5;
    private static final int KIND_OBJECT = 6;
    private static final int KIND_ARRAY = 7;

    private final JsonFactory factory;
    private final ParsedEvent top = new ParsedEvent();
    private final ParsedEvent inner = new ParsedEvent();
    private final TextValue text = new TextValue();
    private final NameForecast recordNames = new NameForecast();
    private final NameForecast embeddedNames = new NameForecast();

    // The outcome of the last readRecord call.
    private ParsedEvent event;
    private RawKind rawKind;
    private long innerStart;
    private long innerEnd;
    private String rejection;

    EventExtractor(JsonFactory factory) {
        this.factory = factory;
    }

    /** The event read by the last successful {@link #readRecord}. */
    ParsedEvent event() {
        return event;
    }

    /** Whether the raw bytes of the record are the event itself or a wrapper holding its text. */
    RawKind rawKind() {
        return rawKind;
    }

    /** Byte offset where the event object starts inside a wrapper record, or -1 when the record is the event. */
    long innerStart() {
        return innerStart;
    }

    /** Byte offset just after the event object inside a wrapper record, or -1. */
    long innerEnd() {
        return innerEnd;
    }

    /** Why the last record was rejected, or null when it was accepted. */
    String rejection() {
        return rejection;
    }

    /**
     * Reads the record whose START_OBJECT is the parser's current token, leaving the parser on its END_OBJECT.
     * Returns true when it holds a valid event; otherwise {@link #rejection()} says why.
     */
    boolean readRecord(JsonParser p) throws IOException {
        top.reset();
        inner.reset();
        innerStart = -1;
        innerEnd = -1;
        rejection = null;
        boolean innerObject = false;
        String innerText = null;
        String innerField = null;
        leaf(top, ContentHash.ROOT, KIND_OBJECT, 0); // as walkObject does for an event nested in a wrapper
        String name;
        for (int index = 0; (name = recordNames.next(p, index)) != null; index++) {
            JsonToken t = p.nextToken();
            if (!innerObject && (name.equals("user_data") || name.equals("payload")) && t == JsonToken.START_OBJECT) {
                innerStart = p.currentTokenLocation().getByteOffset();
                walkObject(p, inner, SLOT_ROOT, ContentHash.ROOT, recordNames.child(index));
                innerEnd = p.currentLocation().getByteOffset();
                innerObject = true;
            } else if ((name.equals("_line") || name.equals("user_data")) && t == JsonToken.VALUE_STRING) {
                innerText = p.getText();
                innerField = name;
            } else if (name.startsWith("_")) {
                // LogDNA bookkeeping (_ts, _app, _host...) is not part of the event and must not affect duplicates.
                p.skipChildren();
            } else {
                value(p, top, t, SLOT_ROOT, name, ContentHash.member(ContentHash.ROOT, name), recordNames, index);
            }
        }
        if (innerObject && !top.action.present()) {
            event = inner;
            rawKind = RawKind.EVENT;
            if (!inner.logSourceCrn.present() && top.logSourceCrn.present()) {
                // The platform wrapper carries the CRN for its payload: hash it as if it were the event's own,
                // so the same event exported with and without the wrapper is recognised as a duplicate.
                inner.logSourceCrn.copyFrom(top.logSourceCrn);
                leaf(inner, ContentHash.member(ContentHash.ROOT, "logSourceCRN"), KIND_STRING,
                        inner.logSourceCrn.hash());
            }
        } else if (innerText != null && !top.action.present()) {
            innerStart = -1;
            innerEnd = -1;
            if (!readEmbedded(innerText, innerField)) {
                return false;
            }
            event = inner;
            rawKind = RawKind.STRING_IN_WRAPPER;
        } else {
            innerStart = -1;
            innerEnd = -1;
            event = top;
            rawKind = RawKind.EVENT;
        }
        return validate(event);
    }

    private boolean readEmbedded(String json, String field) {
        inner.reset();
        // As bytes, so that its strings take the same fast path as those of plain events.
        try (JsonParser sub = factory.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            if (sub.nextToken() != JsonToken.START_OBJECT) {
                rejection = "the " + field + " field does not hold a JSON object";
                return false;
            }
            walkObject(sub, inner, SLOT_ROOT, ContentHash.ROOT, embeddedNames);
            if (sub.nextToken() != null) {
                rejection = "the " + field + " field holds more than one JSON value";
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            rejection = "the " + field + " field does not hold valid JSON: " + LineRejections.describe(e);
            return false;
        }
    }

    private boolean validate(ParsedEvent e) {
        if (e.foreignMarker != null) {
            rejection = "not an IBM Cloud activity event: " + e.foreignMarker;
            return false;
        }
        if (!e.action.present()) {
            rejection = e.actionNotText ? "action is not a string" : "missing action";
            return false;
        }
        if (!e.eventTime.present()) {
            rejection = e.eventTimeNotText ? "eventTime is not a string" : "missing eventTime";
            return false;
        }
        return true;
    }

    private void walkObject(JsonParser p, ParsedEvent e, int slot, long path, NameForecast names)
            throws IOException {
        leaf(e, path, KIND_OBJECT, 0);
        String name;
        for (int index = 0; (name = names.next(p, index)) != null; index++) {
            value(p, e, p.nextToken(), slot, name, ContentHash.member(path, name), names, index);
        }
    }

    private void walkArray(JsonParser p, ParsedEvent e, long path, NameForecast names) throws IOException {
        leaf(e, path, KIND_ARRAY, 0);
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            // Elements usually share one shape, so they share one forecast.
            value(p, e, t, SLOT_OTHER, null, ContentHash.element(path, index++), names, 0);
        }
    }

    /** Reads the value at position {@code index} of the object or array whose names {@code parent} forecasts. */
    private void value(JsonParser p, ParsedEvent e, JsonToken t, int slot, String name, long path,
                       NameForecast parent, int index) throws IOException {
        switch (t) {
            case START_OBJECT -> walkObject(p, e, childSlot(slot, name), path, parent.child(index));
            case START_ARRAY -> {
                if (slot == SLOT_ROOT && "Records".equals(name)) {
                    e.foreignMarker = "it has a Records array, as AWS CloudTrail files do";
                }
                walkArray(p, e, path, parent.child(index));
            }
            case VALUE_STRING -> scalar(p, e, slot, name, path, KIND_STRING);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(p, e, slot, name, path, KIND_NUMBER);
            case VALUE_TRUE -> leaf(e, path, KIND_TRUE, 0);
            case VALUE_FALSE -> leaf(e, path, KIND_FALSE, 0);
            case VALUE_NULL -> leaf(e, path, KIND_NULL, 0);
            default -> throw new IOException("unexpected token " + t);
        }
        if (slot == SLOT_ROOT && t != JsonToken.VALUE_STRING) {
            noteNonText(e, name, t);
        }
    }

    private static void leaf(ParsedEvent e, long path, int kind, long valueHash) {
        long v = valueHash ^ kind;
        e.hashA += ContentHash.leafA(path, v);
        e.hashB += ContentHash.leafB(path, v);
    }

    private static int childSlot(int slot, String name) {
        if (slot == SLOT_ROOT) {
            return switch (name) {
                case "initiator" -> SLOT_INITIATOR;
                case "target" -> SLOT_TARGET;
                case "reason" -> SLOT_REASON;
                case "responseData" -> SLOT_RESPONSE;
                default -> SLOT_OTHER;
            };
        }
        return slot == SLOT_INITIATOR && "host".equals(name) ? SLOT_HOST : SLOT_OTHER;
    }

    private static void noteNonText(ParsedEvent e, String name, JsonToken t) {
        switch (name) {
            case "action" -> e.actionNotText = true;
            case "eventTime" -> e.eventTimeNotText = true;
            case "protoPayload" -> e.foreignMarker = "it has a protoPayload, as Google Cloud audit logs do";
            default -> {
                // other members are kept in the raw event only
            }
        }
    }

    private void scalar(JsonParser p, ParsedEvent e, int slot, String name, long path, int kind) throws IOException {
        text.read(p);
        leaf(e, path, kind, text.hash());
        if (slot == SLOT_OTHER || text.length() == 0) {
            return; // empty strings ("authnId": "") count as absent
        }
        if (slot == SLOT_ROOT && kind == KIND_STRING && name.equals("responseData")) {
            e.status.set(statusInText(text.toString()));
            return;
        }
        TextSlot target = captureSlot(e, slot, name, kind == KIND_STRING);
        if (target != null) {
            target.set(text);
        }
    }

    /** Where a value at this place is kept, or null when the store does not need it. */
    private static TextSlot captureSlot(ParsedEvent e, int slot, String name, boolean text) {
        return switch (slot) {
            case SLOT_ROOT -> text ? rootSlot(e, name) : null;
            case SLOT_INITIATOR -> name.equals("name") ? e.initiatorName : name.equals("id") ? e.initiatorId : null;
            case SLOT_HOST -> name.equals("address") ? e.ip : null;
            case SLOT_TARGET -> switch (name) {
                case "name" -> e.targetName;
                case "id" -> e.targetId;
                case "resourceGroupId" -> e.resourceGroupId;
                default -> null;
            };
            case SLOT_REASON -> name.equals("reasonCode") ? e.reasonCode : null;
            case SLOT_RESPONSE -> text && name.equals("status") ? e.status : null;
            default -> null;
        };
    }

    private static TextSlot rootSlot(ParsedEvent e, String name) {
        return switch (name) {
            case "eventTime" -> e.eventTime;
            case "action" -> e.action;
            case "outcome" -> e.outcome;
            case "severity" -> e.severity;
            case "message" -> e.message;
            case "logSourceCRN" -> e.logSourceCrn;
            case "correlationId" -> e.correlationId;
            default -> null;
        };
    }

    /** {@code responseData} may be a string holding JSON: read its {@code status} without keeping a tree. */
    private String statusInText(String json) {
        if (json.isEmpty() || json.charAt(0) != '{') {
            return null;
        }
        try (JsonParser sub = factory.createParser(json)) {
            sub.nextToken();
            while (sub.nextToken() == JsonToken.FIELD_NAME) {
                String name = sub.currentName();
                JsonToken t = sub.nextToken();
                if (name.equals("status") && t == JsonToken.VALUE_STRING) {
                    String s = sub.getText();
                    return s.isEmpty() ? null : s;
                }
                sub.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON after all: the string is shown as text and has no status.
        }
        return null;
    }

}
