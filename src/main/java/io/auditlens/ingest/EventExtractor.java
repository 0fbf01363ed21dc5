package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.auditlens.store.RawKind;

import java.io.IOException;

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
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (!innerObject && (name.equals("user_data") || name.equals("payload")) && t == JsonToken.START_OBJECT) {
                innerStart = p.currentTokenLocation().getByteOffset();
                walkObject(p, inner, SLOT_ROOT, ContentHash.ROOT);
                innerEnd = p.currentLocation().getByteOffset();
                innerObject = true;
            } else if ((name.equals("_line") || name.equals("user_data")) && t == JsonToken.VALUE_STRING) {
                innerText = p.getText();
                innerField = name;
            } else if (name.startsWith("_")) {
                // LogDNA bookkeeping (_ts, _app, _host...) is not part of the event and must not affect duplicates.
                p.skipChildren();
            } else {
                member(p, top, name, t, SLOT_ROOT, ContentHash.ROOT);
            }
        }
        if (innerObject && top.action == null) {
            event = inner;
            rawKind = RawKind.EVENT;
            if (inner.logSourceCrn == null) {
                inner.logSourceCrn = top.logSourceCrn;
            }
        } else if (innerText != null && top.action == null) {
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

    /** Reads an event from JSON text held in a string (the {@code _line} or {@code user_data} of a wrapper). */
    ParsedEvent readText(String json) throws IOException {
        return readEmbedded(json, "text") && validate(inner) ? inner : null;
    }

    private boolean readEmbedded(String json, String field) {
        inner.reset();
        try (JsonParser sub = factory.createParser(json)) {
            if (sub.nextToken() != JsonToken.START_OBJECT) {
                rejection = "the " + field + " field does not hold a JSON object";
                return false;
            }
            walkObject(sub, inner, SLOT_ROOT, ContentHash.ROOT);
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
        if (e.action == null) {
            rejection = e.actionNotText ? "action is not a string" : "missing action";
            return false;
        }
        if (e.eventTime == null) {
            rejection = e.eventTimeNotText ? "eventTime is not a string" : "missing eventTime";
            return false;
        }
        return true;
    }

    private void walkObject(JsonParser p, ParsedEvent e, int slot, long path) throws IOException {
        leaf(e, path, KIND_OBJECT, 0);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            member(p, e, name, p.nextToken(), slot, path);
        }
    }

    private void walkArray(JsonParser p, ParsedEvent e, long path) throws IOException {
        leaf(e, path, KIND_ARRAY, 0);
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            value(p, e, t, SLOT_OTHER, null, ContentHash.element(path, index++));
        }
    }

    private void member(JsonParser p, ParsedEvent e, String name, JsonToken t, int slot, long parentPath)
            throws IOException {
        value(p, e, t, slot, name, ContentHash.member(parentPath, name));
    }

    private void value(JsonParser p, ParsedEvent e, JsonToken t, int slot, String name, long path)
            throws IOException {
        switch (t) {
            case START_OBJECT -> walkObject(p, e, childSlot(slot, name), path);
            case START_ARRAY -> {
                if (slot == SLOT_ROOT && "Records".equals(name)) {
                    e.foreignMarker = "it has a Records array, as AWS CloudTrail files do";
                }
                walkArray(p, e, path);
            }
            case VALUE_STRING -> {
                leaf(e, path, KIND_STRING, ContentHash.chars(p.getTextCharacters(), p.getTextOffset(),
                        p.getTextLength(), KIND_STRING));
                if (slot != SLOT_OTHER) {
                    capture(p, e, slot, name, true);
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                leaf(e, path, KIND_NUMBER, ContentHash.chars(p.getTextCharacters(), p.getTextOffset(),
                        p.getTextLength(), KIND_NUMBER));
                if (slot != SLOT_OTHER) {
                    capture(p, e, slot, name, false);
                }
            }
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

    private void capture(JsonParser p, ParsedEvent e, int slot, String name, boolean text) throws IOException {
        switch (slot) {
            case SLOT_ROOT -> captureRoot(p, e, name, text);
            case SLOT_INITIATOR -> {
                if (name.equals("name")) {
                    e.initiatorName = nonEmpty(p);
                } else if (name.equals("id")) {
                    e.initiatorId = nonEmpty(p);
                }
            }
            case SLOT_HOST -> {
                if (name.equals("address")) {
                    e.ip = nonEmpty(p);
                }
            }
            case SLOT_TARGET -> {
                switch (name) {
                    case "name" -> e.targetName = nonEmpty(p);
                    case "id" -> e.targetId = nonEmpty(p);
                    case "resourceGroupId" -> e.resourceGroupId = nonEmpty(p);
                    default -> {
                    }
                }
            }
            case SLOT_REASON -> {
                if (name.equals("reasonCode")) {
                    e.reasonCode = nonEmpty(p);
                }
            }
            case SLOT_RESPONSE -> {
                if (name.equals("status") && text) {
                    e.status = nonEmpty(p);
                }
            }
            default -> {
            }
        }
    }

    private void captureRoot(JsonParser p, ParsedEvent e, String name, boolean text) throws IOException {
        if (!text) {
            return;
        }
        switch (name) {
            case "eventTime" -> e.eventTime = p.getText();
            case "action" -> e.action = nonEmpty(p);
            case "outcome" -> e.outcome = nonEmpty(p);
            case "severity" -> e.severity = nonEmpty(p);
            case "message" -> e.message = nonEmpty(p);
            case "logSourceCRN" -> e.logSourceCrn = nonEmpty(p);
            case "correlationId" -> e.correlationId = nonEmpty(p);
            case "responseData" -> e.status = statusInText(p.getText());
            default -> {
            }
        }
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

    private static String nonEmpty(JsonParser p) throws IOException {
        return p.getTextLength() == 0 ? null : p.getText();
    }
}
