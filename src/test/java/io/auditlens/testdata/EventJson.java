package io.auditlens.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds one activity event as JSON text, with only the fields a test sets. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node = MAPPER.createObjectNode();

    private EventJson(String eventTime, String action) {
        node.put("eventTime", eventTime);
        node.put("action", action);
    }

    /** An event at a time such as {@code 2026-03-04T12:00:00.000+0000} with a full or short action name. */
    public static EventJson at(String eventTime, String action) {
        return new EventJson(eventTime, action.contains("container-registry.") || action.contains("other.")
                ? action : "container-registry." + action);
    }

    public EventJson outcome(String outcome) {
        return top("outcome", outcome);
    }

    public EventJson severity(String severity) {
        return top("severity", severity);
    }

    public EventJson message(String message) {
        return top("message", message);
    }

    public EventJson correlationId(String id) {
        return top("correlationId", id);
    }

    /** Sets logSourceCRN with this location, which decides the region. */
    public EventJson region(String location) {
        return top("logSourceCRN", "crn:v1:bluemix:public:container-registry:" + location
                + ":a/0123456789abcdef0123456789abcdef::");
    }

    private EventJson top(String name, String value) {
        node.put(name, value);
        return this;
    }

    /** Sets initiator.name and initiator.id; null leaves one out. */
    public EventJson initiator(String name, String id) {
        return nameAndId("/initiator", name, id);
    }

    public EventJson ip(String address) {
        node.withObject("/initiator").withObject("/host").put("address", address);
        return this;
    }

    /** Sets target.name and target.id; null leaves one out. */
    public EventJson target(String name, String id) {
        return nameAndId("/target", name, id);
    }

    private EventJson nameAndId(String object, String name, String id) {
        ObjectNode o = node.withObject(object);
        putIfSet(o, "name", name);
        putIfSet(o, "id", id);
        return this;
    }

    /** An image target: name {@code image} (with tag) and id naming the digest, as Container Registry writes it. */
    public EventJson image(String image, String digest) {
        String repository = image.contains(":") && image.lastIndexOf(':') > image.lastIndexOf('/')
                ? image.substring(0, image.lastIndexOf(':')) : image;
        return target(image, digest == null ? null
                : "crn:v1:bluemix:public:container-registry:us-south:a/0123::image:" + repository + "@" + digest);
    }

    public EventJson resourceGroup(String id) {
        node.withObject("/target").put("resourceGroupId", id);
        return this;
    }

    public EventJson reasonCode(int code) {
        node.withObject("/reason").put("reasonCode", code);
        return this;
    }

    /** responseData.status in an object. */
    public EventJson status(String status) {
        node.withObject("/responseData").put("status", status);
        return this;
    }

    /** responseData as a string holding JSON with this status, as some published samples have it. */
    public EventJson statusInString(String status) {
        node.put("responseData", "{\"id\":\"r1\",\"status\":\"" + status + "\"}");
        return this;
    }

    /** requestData.RequestParameters.{key} = value. */
    public EventJson requestParameter(String key, String value) {
        node.withObject("/requestData").withObject("/RequestParameters").put(key, value);
        return this;
    }

    /** requestData as a string holding JSON. */
    public EventJson requestDataString(String json) {
        node.put("requestData", json);
        return this;
    }

    /** Any member, given as JSON text. */
    public EventJson member(String name, String json) {
        try {
            JsonNode value = MAPPER.readTree(json);
            node.set(name, value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** Compact JSON text. */
    public String json() {
        return node.toString();
    }

    /** Indented JSON text spanning several lines. */
    public String prettyJson() {
        return node.toPrettyString();
    }

    @Override
    public String toString() {
        return json();
    }

    private static void putIfSet(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
