package io.auditlens.detail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventHeadlineTest {

    @Test
    void aPullReadsAsASentence() {
        assertEquals("ana@example.com pulled us.icr.io/team-web/api:1.4.2 in Dallas (us-south) - success",
                EventHeadline.describe("ana@example.com", "container-registry.image.pull",
                        "us.icr.io/team-web/api:1.4.2", "us-south", "success"));
    }

    @Test
    void missingPartsAreLeftOutAndUnknownActionsNamed() {
        assertEquals("Someone listed the namespaces",
                EventHeadline.describe(null, "container-registry.namespace.list", null, "unknown", null));
        assertEquals("bo performed container-registry.new.thing on x in Frankfurt (eu-de) - failure",
                EventHeadline.describe("bo", "container-registry.new.thing", "x", "eu-de", "failure"));
    }
}
