package io.auditlens.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";

    /** IBM's locations: city, code, geography. */
    @ParameterizedTest
    @CsvSource({
            "Dallas, us-south, AMERICAS",
            "Washington DC, us-east, AMERICAS",
            "Sao Paulo, br-sao, AMERICAS",
            "Montreal, ca-mon, AMERICAS",
            "Toronto, ca-tor, AMERICAS",
            "Chennai - Airtel, in-che, ASIA_PACIFIC",
            "Osaka, jp-osa, ASIA_PACIFIC",
            "Sydney, au-syd, ASIA_PACIFIC",
            "Tokyo, jp-tok, ASIA_PACIFIC",
            "Frankfurt, eu-de, EUROPE",
            "London, eu-gb, EUROPE",
            "Madrid, eu-es, EUROPE",
            "Global, global, GLOBAL",
    })
    void everySeedLocationHasItsCityAndGeography(String city, String code, Geography geography) {
        Region region = Regions.byCode(code);
        assertEquals(new Region(code, city, geography), region);
        assertTrue(Regions.isKnown(code));
        assertTrue(Regions.all().contains(region));
        assertEquals(region, Regions.byCode(code.toUpperCase()));
        assertEquals(city + " (" + code + ")", region.displayName());
    }

    @Test
    void thereAreTwelveLocationsAndGlobal() {
        assertEquals(13, Regions.all().size());
        assertEquals(List.of("us-south", "us-east", "br-sao", "ca-mon", "ca-tor", "in-che", "jp-osa", "au-syd",
                "jp-tok", "eu-de", "eu-gb", "eu-es", "global"), Regions.all().stream().map(Region::code).toList());
    }

    @Test
    void unknownCodesAreKeptWithoutACity() {
        assertFalse(Regions.isKnown("mars-north"));
        assertEquals(new Region("mars-north", "", Geography.UNKNOWN), Regions.byCode("mars-north"));
        assertEquals("mars-north", Regions.byCode("mars-north").displayName());
        assertEquals(Regions.UNKNOWN_CODE, Regions.byCode(null).code());
        assertFalse(Regions.isKnown(null));
    }

    /** The registry hosts of design.md. */
    @ParameterizedTest
    @CsvSource({
            "icr.io, global",
            "us.icr.io, us-south",
            "br.icr.io, br-sao",
            "ca.icr.io, ca-tor",
            "jp.icr.io, jp-tok",
            "jp2.icr.io, jp-osa",
            "au.icr.io, au-syd",
            "de.icr.io, eu-de",
            "uk.icr.io, eu-gb",
            "es.icr.io, eu-es",
    })
    void registryHostsMapToTheirRegion(String host, String code) {
        assertEquals(Optional.of(code), Regions.ofRegistryHost(host));
        assertEquals(Optional.of(code), Regions.ofRegistryHost(host.toUpperCase()));
        assertEquals(Optional.of(code), Regions.ofRegistryHost(host + ":443"));
        assertEquals(Optional.of(code), Regions.ofRegistryHost("private." + host));
        assertEquals(code, Regions.registryHosts().get(host));
    }

    @Test
    void theHostMapHasExactlyDesignsHostsInSortedOrder() {
        Map<String, String> hosts = Regions.registryHosts();
        assertEquals(List.of("au.icr.io", "br.icr.io", "ca.icr.io", "de.icr.io", "es.icr.io", "icr.io", "jp.icr.io",
                "jp2.icr.io", "uk.icr.io", "us.icr.io"), List.copyOf(hosts.keySet()));
    }

    @Test
    void otherHostsAreNoRegistryOfIbm() {
        assertTrue(Regions.ofRegistryHost("docker.io").isEmpty());
        assertTrue(Regions.ofRegistryHost("quay.io").isEmpty());
        assertTrue(Regions.ofRegistryHost("evil-icr.io").isEmpty());
        assertTrue(Regions.ofRegistryHost(null).isEmpty());
    }

    @Test
    void regionRuleTakesLogSourceCrnFirst() {
        String logSource = "crn:v1:bluemix:public:container-registry:eu-de:a/" + ACCOUNT + "::";
        String targetId = "crn:v1:bluemix:public:container-registry:us-south:a/" + ACCOUNT + "::image:us.icr.io/ns/r@sha256:"
                + "a".repeat(64);
        assertEquals("eu-de", Regions.resolve(logSource, targetId, "jp.icr.io/ns/r:1"));
    }

    @Test
    void regionRuleFallsBackToTheCrnInTargetId() {
        String targetId = "crn:v1:bluemix:public:container-registry:us-south:a/" + ACCOUNT + "::image:x";
        assertEquals("us-south", Regions.resolve(null, targetId, "jp.icr.io/ns/r:1"));
        assertEquals("us-south", Regions.resolve("not a crn", targetId, "jp.icr.io/ns/r:1"));
        assertEquals("us-south", Regions.resolve("crn:v1:bluemix:public:container-registry::a/" + ACCOUNT + "::",
                targetId, "jp.icr.io/ns/r:1"), "an empty location does not count");
    }

    @Test
    void regionRuleThenUsesTheRegistryHostOfTargetName() {
        assertEquals("jp-tok", Regions.resolve(null, null, "jp.icr.io/ns/r:1"));
        assertEquals("jp-osa", Regions.resolve(null, "us.icr.io/ns/r@sha256:" + "b".repeat(64), "jp2.icr.io/ns/r"));
        assertEquals("global", Regions.resolve(null, null, "icr.io/ns/r:1"));
    }

    @Test
    void regionRuleEndsWithUnknown() {
        assertEquals("unknown", Regions.resolve(null, null, null));
        assertEquals("unknown", Regions.resolve(null, null, "docker.io/library/nginx:1"));
        assertEquals("unknown", Regions.resolve("", "", ""));
    }

    @Test
    void regionCodesFromCrnsAreLowerCased() {
        assertEquals("us-south", Regions.resolve("crn:v1:bluemix:public:container-registry:US-SOUTH:a/x::", null, null));
    }

    @Test
    void geographiesHaveTheSeedsLabels() {
        assertEquals("Americas", Geography.AMERICAS.label());
        assertEquals("Asia Pacific", Geography.ASIA_PACIFIC.label());
        assertEquals("Europe", Geography.EUROPE.label());
        assertEquals("Global", Geography.GLOBAL.label());
        assertEquals(Geography.ASIA_PACIFIC, Geography.byName("asia-pacific"));
        assertEquals(Geography.ASIA_PACIFIC, Geography.byName("Asia Pacific"));
        assertEquals(Geography.ASIA_PACIFIC, Geography.byName("ASIA_PACIFIC"));
        assertNull(Geography.byName("Antarctica"));
        assertNull(Geography.byName(null));
    }
}
