package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.ActionInfo;

/**
 * One event while a scenario fills it in. The generator decides up front whether the call fails, so a
 * scenario can shape a realistic failure (a pull of an unknown tag has no digest) and leave state untouched.
 */
final class EventDraft {

    private static final String MESSAGE_PREFIX = "Container Registry: ";

    private final ActionInfo action;
    private final long time;
    private final RegistryLocation preferredLocation;
    private int failureCode;
    private RegistryLocation location;
    private Actor actor;
    private EventTarget target;
    private String phrase;
    private ObjectNode request;
    private ObjectNode response;
    private EventResult result;

    /**
     * @param failureCode       0 for a call that succeeds, else the HTTP status it fails with
     * @param preferredLocation a location the event should happen in when the scenario can choose, or null
     */
    EventDraft(ActionInfo action, long time, int failureCode, RegistryLocation preferredLocation) {
        this.action = action;
        this.time = time;
        this.failureCode = failureCode;
        this.preferredLocation = preferredLocation;
    }

    ActionInfo action() {
        return action;
    }

    long time() {
        return time;
    }

    RegistryLocation preferredLocation() {
        return preferredLocation;
    }

    boolean failing() {
        return failureCode != 0;
    }

    int failureCode() {
        return failureCode;
    }

    /** Replaces the planned failure status with one that fits the action better; ignored when not failing. */
    EventDraft preferFailureCode(int code) {
        if (failing()) {
            failureCode = code;
        }
        return this;
    }

    /** Makes the call fail with this status whatever was planned: the scenario found nothing valid to act on. */
    EventDraft failWith(int code) {
        failureCode = code;
        return this;
    }

    EventDraft at(RegistryLocation where) {
        this.location = where;
        return this;
    }

    /** Who performs the event, once a scenario decided it; null before. */
    Actor actor() {
        return actor;
    }

    EventDraft by(Actor who) {
        this.actor = who;
        return this;
    }

    /** The target and the verb phrase the message puts before its name, e.g. "pull image". */
    EventDraft target(EventTarget what, String verbPhrase) {
        this.target = what;
        this.phrase = verbPhrase;
        return this;
    }

    ObjectNode request() {
        if (request == null) {
            request = JsonNodeFactory.instance.objectNode();
        }
        return request;
    }

    ObjectNode requestParameters() {
        ObjectNode params = (ObjectNode) request().get("RequestParameters");
        return params != null ? params : request().putObject("RequestParameters");
    }

    ObjectNode response() {
        if (response == null) {
            response = JsonNodeFactory.instance.objectNode();
        }
        return response;
    }

    EventDraft succeeded(int code, String severity) {
        this.result = EventResult.success(code, severity);
        return this;
    }

    EventDraft pending(String severity) {
        this.result = EventResult.pending(severity);
        return this;
    }

    SampleEvent finish(String correlationId) {
        if (location == null || actor == null || target == null) {
            throw new IllegalStateException("scenario for " + action.name() + " left the event incomplete");
        }
        EventResult outcome;
        ObjectNode responseData = response;
        if (failing()) {
            outcome = EventResult.failure(failureCode);
            responseData = errorBody(outcome);
        } else {
            outcome = result != null ? result : EventResult.success(200, "normal");
        }
        String message = MESSAGE_PREFIX + phrase + " " + target.name() + (failing() ? " -failure" : "");
        return new SampleEvent(time, action, location, actor, target, outcome, message,
                request != null ? request : JsonNodeFactory.instance.objectNode(),
                responseData != null ? responseData : JsonNodeFactory.instance.objectNode(), correlationId);
    }

    private static ObjectNode errorBody(EventResult outcome) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String code = switch (outcome.reasonCode()) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "DENIED";
            case 404 -> "NOT_FOUND";
            default -> "INTERNAL_ERROR";
        };
        // The explanation is already in reason.reasonForFailure; the body keeps only the registry's error code.
        body.putArray("errors").addObject().put("code", code);
        return body;
    }
}
