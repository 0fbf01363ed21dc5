package io.auditlens.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CrnTest {

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    private static final String DIGEST = "sha256:" + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void parsesALogSourceCrn() {
        Crn crn = Crn.parse("crn:v1:bluemix:public:container-registry:us-south:a/" + ACCOUNT + "::");
        assertEquals(new Crn("bluemix", "public", "container-registry", "us-south", "a/" + ACCOUNT, "", ""), crn);
    }

    @Test
    void theResourceKeepsItsColons() {
        Crn crn = Crn.parse("crn:v1:bluemix:public:container-registry:eu-de:a/" + ACCOUNT
                + "::image:de.icr.io/team/api@" + DIGEST);
        assertEquals("image", crn.resourceType());
        assertEquals("de.icr.io/team/api@" + DIGEST, crn.resource());
        assertEquals("eu-de", crn.location());
    }

    @Test
    void parsesAResourceGroupCrnWithoutLocation() {
        Crn crn = Crn.parse("crn:v1:bluemix:public:resource-controller::a/" + ACCOUNT + "::resource-group:4b1e");
        assertEquals("resource-controller", crn.serviceName());
        assertEquals("", crn.location());
        assertEquals("resource-group", crn.resourceType());
        assertEquals("4b1e", crn.resource());
        assertNull(Crn.location("crn:v1:bluemix:public:resource-controller::a/" + ACCOUNT + "::resource-group:4b1e"));
    }

    @Test
    void locationIsTheSixthSegment() {
        assertEquals("us-south", Crn.location("crn:v1:bluemix:public:container-registry:us-south:a/" + ACCOUNT + "::"));
        assertEquals("global", Crn.location("crn:v1:bluemix:public:container-registry:global:a/x::"));
        assertEquals("jp-osa", Crn.location("CRN:v1:bluemix:public:container-registry:jp-osa"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "us-south", "crn", "crn:v1:bluemix:public:container-registry",
            "urn:v1:bluemix:public:container-registry:us-south:a/x::", "xcrn:v1:bluemix:public:cr:us-south"})
    void nonCrnsHaveNoLocation(String text) {
        assertNull(Crn.location(text));
        if (!text.startsWith("crn:") || text.split(":").length < 6) {
            assertNull(Crn.parse(text));
        }
    }

    @Test
    void nullIsNoCrn() {
        assertNull(Crn.parse(null));
        assertNull(Crn.location(null));
    }

    @Test
    void parseAndLocationAgree() {
        String text = "crn:v1:staging:public:container-registry:ca-tor:a/" + ACCOUNT + "::namespace:team";
        assertEquals(Crn.parse(text).location(), Crn.location(text));
        assertEquals("staging", Crn.parse(text).cname());
        assertEquals("namespace", Crn.parse(text).resourceType());
    }
}
