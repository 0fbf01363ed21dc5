package io.auditlens.detail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventDetailReaderTest {

    private final EventDetailReader reader = new EventDetailReader();

    @Test
    void requestAndResponseObjectsBecomeTreesWithCustomFieldsExplained() throws Exception {
        EventDetail d = reader.read("h", """
                {"action":"container-registry.image-vulnerability-report.read",
                 "requestData":{"RequestParameters":{"name":"us.icr.io/ns/app:1"}},
                 "responseData":{"id":"r-1","status":"UNSCANNED","extra":[1,2.50,true,null]}}""");

        JsonTreeNode name = d.requestData().child("RequestParameters").orElseThrow().child("name").orElseThrow();
        assertEquals("us.icr.io/ns/app:1", name.value());
        assertEquals("string", name.type());
        assertEquals("requestData.RequestParameters.name", name.path());
        assertTrue(name.explanation().startsWith("The name of the image"));

        JsonTreeNode status = d.responseData().child("status").orElseThrow();
        assertTrue(status.explanation().startsWith("UNSCANNED: the image has not been scanned"));
        assertTrue(d.responseData().child("id").orElseThrow().isCustomField());

        JsonTreeNode extra = d.responseData().child("extra").orElseThrow();
        assertFalse(extra.isCustomField());
        assertEquals("array", extra.type());
        assertEquals("4 elements", extra.value());
        assertEquals("2.50", extra.child("[1]").orElseThrow().value(), "decimals are shown as recorded");
        assertEquals("null", extra.child("[3]").orElseThrow().type());
    }

    @Test
    void aStringHoldingJsonIsShownAsTheTreeItHolds() throws Exception {
        EventDetail d = reader.read("h", """
                {"responseData":"{\\"status\\":\\"FAIL\\"}","requestData":"not json at all"}""");

        assertEquals(JsonTreeNode.JSON_IN_STRING, d.responseData().type());
        assertEquals("FAIL", d.responseData().child("status").orElseThrow().value());
        assertEquals("string", d.requestData().type());
        assertEquals("not json at all", d.requestData().value());
        assertTrue(d.requestData().children().isEmpty());
    }

    @Test
    void includeIbmIsExplainedFromTheSeed() throws Exception {
        EventDetail d = reader.read("h", """
                {"action":"container-registry.account-vulnerability-report.list",
                 "requestData":{"RequestParameters":{"includeIBM":"true","repository":"us.icr.io/ns/app"}}}""");
        JsonTreeNode include = d.requestData().child("RequestParameters").orElseThrow().child("includeIBM")
                .orElseThrow();
        assertTrue(include.explanation().contains("IBM public images and the account images"));
    }

    @Test
    void aFieldIsOnlyExplainedForTheActionsTheSeedListsItFor() throws Exception {
        EventDetail d = reader.read("h", """
                {"action":"container-registry.image.list",
                 "requestData":{"RequestParameters":{"includeIBM":"true"}}}""");
        assertFalse(d.requestData().child("RequestParameters").orElseThrow().child("includeIBM").orElseThrow()
                .isCustomField());
    }

    @Test
    void initiatorAndTargetAreFlattenedAndJsonIsPrettyPrinted() throws Exception {
        String original = "{\"initiator\":{\"name\":\"ana@example.com\",\"host\":{\"address\":\"203.0.113.7\"}},"
                + "\"target\":{\"name\":\"us.icr.io/ns/app:1\"}}";
        EventDetail d = reader.read("h", original);

        assertEquals(new EventDetail.Field("host.address", "203.0.113.7"), d.initiator().get(1));
        assertEquals("name", d.target().get(0).name());
        assertNull(d.requestData());
        assertTrue(d.prettyJson().contains("\n"));
        assertEquals(original, d.originalJson());
    }
}
