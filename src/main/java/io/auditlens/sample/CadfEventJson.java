package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a {@link SampleEvent} as the CADF JSON object Activity Tracker delivers, field order as the service writes it. */
final class CadfEventJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CadfEventJson() {
    }

    static ObjectNode render(SampleEvent e, EventQuirks q, String eventTime) {
        ObjectNode n = NODES.objectNode();
        n.put("eventTime", eventTime);
        n.put("action", e.action().name());
        n.put("outcome", e.result().outcome());
        n.put("severity", e.result().severity());
        n.put("message", e.message());
        n.put("logSourceCRN", e.location().logSourceCrn());
        initiator(n.putObject("initiator"), e.actor(), q);
        target(n.putObject("target"), e.target());
        n.putObject("observer").put("name", "ActivityTracker");
        reason(n.putObject("reason"), e.result(), q);
        if (q.requestDataAsText()) {
            n.put("requestData", e.requestData().toString());
        } else {
            n.set("requestData", e.requestData());
        }
        if (q.responseDataAsText()) {
            n.put("responseData", e.responseData().toString());
        } else {
            n.set("responseData", e.responseData());
        }
        n.put("correlationId", e.correlationId());
        if (q.dataEventAsText() && e.action().dataEvent()) {
            n.put("dataEvent", "true");
        } else {
            n.put("dataEvent", e.action().dataEvent());
        }
        n.put("saveServiceCopy", true);
        return n;
    }

    private static void initiator(ObjectNode i, Actor actor, EventQuirks q) {
        SampleInitiator who = actor.initiator();
        i.put("id", who.id());
        i.put("typeURI", who.typeUri());
        i.put("name", who.name());
        i.put("authnId", q.emptyAuthnId() ? "" : who.id());
        i.put("authnName", who.name());
        i.putObject("credential").put("type", who.credentialType());
        i.putObject("host").put("address", actor.address()).put("addressType", actor.addressType())
                .put("agent", actor.agent());
    }

    private static void target(ObjectNode t, EventTarget target) {
        if (target.id() != null) {
            t.put("id", target.id());
        }
        t.put("name", target.name());
        t.put("typeURI", target.typeUri());
        if (target.resourceGroupCrn() != null) {
            t.put("resourceGroupId", target.resourceGroupCrn());
        }
    }

    private static void reason(ObjectNode r, EventResult result, EventQuirks q) {
        if (q.reasonCodeAsText()) {
            r.put("reasonCode", String.valueOf(result.reasonCode()));
        } else {
            r.put("reasonCode", result.reasonCode());
        }
        r.put("reasonType", result.reasonType());
        if (result.reasonForFailure() != null) {
            r.put("reasonForFailure", result.reasonForFailure());
        }
    }
}
