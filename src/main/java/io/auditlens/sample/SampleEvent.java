package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.ActionInfo;

/**
 * One generated Container Registry event before it is rendered as JSON.
 * {@code requestData} and {@code responseData} are small JSON objects specific to the action.
 */
record SampleEvent(long epochMillis, ActionInfo action, RegistryLocation location, Actor actor, EventTarget target,
                   EventResult result, String message, ObjectNode requestData, ObjectNode responseData,
                   String correlationId) {
}
