package io.auditlens.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;
import io.auditlens.event.Crn;
import io.auditlens.event.EventTime;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.auditlens.sample.SampleFixtures.objectOrParsed;
import static io.auditlens.sample.SampleFixtures.shortAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {

    private static final Pattern LOG_SOURCE = Pattern.compile(
            "crn:v1:bluemix:public:container-registry:[a-z0-9-]+:a/[0-9a-f]{32}::");
    private static final Pattern IMAGE_ID = Pattern.compile(
            "crn:v1:bluemix:public:container-registry:[a-z0-9-]+:a/[0-9a-f]{32}::image:"
                    + "[a-z0-9.]+/[a-z0-9-]+/[a-z0-9/._-]+@sha256:[0-9a-f]{64}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.(\\d{3}(\\+0000|Z|\\+00:00)|\\d{2}\\+0000)");
    private static final Set<String> STATUSES = Set.of("OK", "WARN", "FAIL", "UNSUPPORTED", "INCOMPLETE", "UNSCANNED");

    private static List<ObjectNode> sample;

    @BeforeAll
    static void generate() {
        sample = SampleFixtures.events(42, 5000);
    }

    @Test
    void producesExactlyTheRequestedNumberOfEvents() {
        assertEquals(5000, sample.size());
        assertEquals(0, SampleFixtures.events(42, 0).size());
        assertEquals(1, SampleFixtures.events(42, 1).size());
    }

    @Test
    void everyCataloguedActionAppears() {
        Set<String> seen = sample.stream().map(e -> e.path("action").asText()).collect(Collectors.toSet());
        for (ActionInfo action : ActionCatalog.all()) {
            assertTrue(seen.contains(action.name()), "missing " + action.name());
        }
        assertEquals(ActionCatalog.all().size(), seen.size(), "only catalogued actions: " + new TreeSet<>(seen));
    }

    @Test
    void everyLocationAppears() {
        Set<String> seen = sample.stream().map(e -> Crn.location(e.path("logSourceCRN").asText()))
                .collect(Collectors.toSet());
        for (Region region : Regions.all()) {
            assertTrue(seen.contains(region.code()), "missing " + region.code());
        }
    }

    @Property(tries = 8)
    void everyActionAndLocationAppearWhateverTheSeed(@ForAll long seed) {
        List<ObjectNode> events = SampleFixtures.events(seed, 5000);
        Set<String> actions = events.stream().map(e -> e.path("action").asText()).collect(Collectors.toSet());
        Set<String> locations = events.stream().map(e -> Crn.location(e.path("logSourceCRN").asText()))
                .collect(Collectors.toSet());
        assertEquals(ActionCatalog.all().size(), actions.size());
        assertEquals(Regions.all().size(), locations.size());
    }

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedDoesNot() {
        assertEquals(SampleFixtures.events(7, 500), SampleFixtures.events(7, 500));
        assertNotEquals(SampleFixtures.events(7, 500), SampleFixtures.events(8, 500));
    }

    @Test
    void everyEventHasTheCadfShape() {
        for (ObjectNode e : sample) {
            ActionInfo action = ActionCatalog.find(e.path("action").asText()).orElseThrow();
            assertTrue(TIME.matcher(e.path("eventTime").asText()).matches(), e.path("eventTime").asText());
            assertNotEquals(EventTime.INVALID, EventTime.parse(e.path("eventTime").asText()));
            assertTrue(Set.of("success", "failure", "pending").contains(e.path("outcome").asText()));
            assertTrue(Set.of("normal", "warning", "critical").contains(e.path("severity").asText()));
            assertTrue(e.path("message").asText().startsWith("Container Registry: "), e.path("message").asText());
            assertTrue(e.path("message").asText().contains(e.path("target").path("name").asText()));
            assertTrue(LOG_SOURCE.matcher(e.path("logSourceCRN").asText()).matches());
            assertEquals("ActivityTracker", e.path("observer").path("name").asText());
            assertTrue(UUID.matcher(e.path("correlationId").asText()).matches());
            assertTrue(e.path("saveServiceCopy").asBoolean());
            assertEquals(action.dataEvent(), e.path("dataEvent").asText().equals("true"), e.toString());
            assertTrue(e.path("target").path("typeURI").asText().startsWith("container-registry/"));
            assertTrue(e.path("reason").path("reasonCode").asText().matches("\\d{3}"));
            assertFalse(e.path("reason").path("reasonType").asText().isEmpty());
            assertInitiator(e.path("initiator"));
        }
    }

    private static void assertInitiator(JsonNode i) {
        String id = i.path("id").asText();
        assertTrue(id.matches("IBMid-\\d{9}") || id.matches("iam-ServiceId-" + UUID.pattern()), id);
        assertTrue(i.path("typeURI").asText().startsWith("service/security/account/"));
        assertFalse(i.path("name").asText().isEmpty());
        assertTrue(i.has("authnId") && i.has("authnName"));
        assertTrue(Set.of("token", "apikey").contains(i.path("credential").path("type").asText()));
        JsonNode host = i.path("host");
        String address = host.path("address").asText();
        if (host.path("addressType").asText().equals("IPv6")) {
            assertTrue(address.startsWith("2001:db8:"), address);
        } else {
            assertEquals("IPv4", host.path("addressType").asText());
            assertTrue(address.matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}"), address);
        }
        assertTrue(host.path("agent").asText().matches("[A-Za-z-]+/\\d.*"), host.path("agent").asText());
    }

    @Test
    void imageTargetsNameTheImageAndItsDigestInTheEventsLocation() {
        int images = 0;
        for (ObjectNode e : sample) {
            JsonNode target = e.path("target");
            if (!target.path("typeURI").asText().equals("container-registry/image")) {
                continue;
            }
            images++;
            ImageRef ref = ImageRef.parse(target.path("name").asText());
            assertTrue(ref != null && ref.repository() != null, target.toString());
            assertTrue(ref.tag() != null || ref.digest() != null, target.toString());
            if (target.has("id")) {
                assertTrue(IMAGE_ID.matcher(target.path("id").asText()).matches(), target.toString());
                assertTrue(target.path("id").asText().contains("::image:" + ref.repository() + "@sha256:"));
            } else {
                assertEquals("failure", e.path("outcome").asText(), "only failed tag requests lack target.id");
                assertTrue(ref.tag() != null);
            }
            String location = Crn.location(e.path("logSourceCRN").asText());
            Regions.ofRegistryHost(ref.host()).ifPresent(hostRegion -> {
                if (!Set.of("us-east", "ca-mon", "in-che").contains(location)) {
                    assertEquals(location, hostRegion, "registry host of " + target);
                }
            });
        }
        assertTrue(images > 3000, "most events are about images: " + images);
    }

    @Test
    void pushesNameATagAndADigest() {
        long pushes = sample.stream().filter(e -> shortAction(e).equals("image.push")
                && e.path("outcome").asText().equals("success")).peek(e -> {
                    ImageRef name = ImageRef.parse(e.path("target").path("name").asText());
                    assertTrue(name.tag() != null && name.digest() == null, e.toString());
                    assertTrue(e.path("target").path("id").asText().matches(".*@sha256:[0-9a-f]{64}"));
                }).count();
        assertTrue(pushes > 50);
    }

    @Test
    void vulnerabilityReadsCarryTheSeedsCustomFields() {
        int reports = 0;
        for (ObjectNode e : sample) {
            String action = shortAction(e);
            boolean status = action.equals("image-vulnerability-status.read");
            boolean report = action.equals("image-vulnerability-report.read");
            if ((!status && !report) || !e.path("outcome").asText().equals("success")) {
                continue;
            }
            JsonNode params = objectOrParsed(e.get("requestData")).path("RequestParameters");
            assertEquals(e.path("target").path("name").asText(), params.path("name").asText());
            JsonNode response = objectOrParsed(e.get("responseData"));
            assertTrue(STATUSES.contains(response.path("status").asText()), e.toString());
            if (report) {
                reports++;
                assertTrue(UUID.matcher(response.path("id").asText()).matches(), e.toString());
            }
        }
        assertTrue(reports > 20);
    }

    @Test
    void accountVulnerabilityListsCarryStringFlags() {
        for (ObjectNode e : sample) {
            if (!shortAction(e).startsWith("account-vulnerability-")) {
                continue;
            }
            JsonNode params = objectOrParsed(e.get("requestData")).path("RequestParameters");
            assertTrue(params.path("repository").isTextual(), e.toString());
            assertTrue(Set.of("true", "false").contains(params.path("includeIBM").textValue()), e.toString());
            assertTrue(Set.of("true", "false").contains(params.path("includePrivate").textValue()), e.toString());
        }
    }

    @Test
    void signatureEventsNameRepositoryMethodAndObject() {
        Set<String> methods = new TreeSet<>();
        for (ObjectNode e : sample) {
            if (!shortAction(e).startsWith("signature.")) {
                continue;
            }
            JsonNode params = objectOrParsed(e.get("requestData")).path("RequestParameters");
            ImageRef target = ImageRef.parse(e.path("target").path("name").asText());
            assertEquals(target.repository(), params.path("repository").asText());
            assertEquals("image", params.path("signatureObject").asText());
            methods.add(params.path("signatureMethod").asText());
        }
        assertEquals(Set.of("Notary", "Red Hat Signing"), methods);
    }

    @Test
    void someDigestChangesItsVulnerabilityStatusOverTime() {
        java.util.Map<String, Set<String>> statuses = new java.util.HashMap<>();
        for (ObjectNode e : sample) {
            JsonNode response = objectOrParsed(e.get("responseData"));
            if (response.has("status") && e.path("target").has("id")) {
                statuses.computeIfAbsent(e.path("target").path("id").asText(), k -> new TreeSet<>())
                        .add(response.path("status").asText());
            }
        }
        assertTrue(statuses.values().stream().anyMatch(s -> s.contains("OK") && s.contains("FAIL")),
                "a digest that was OK and later FAIL");
    }

    @Test
    void failuresAreAboutOneInTwentyWithHttpReasons() {
        List<ObjectNode> failures = sample.stream().filter(e -> e.path("outcome").asText().equals("failure")).toList();
        double share = failures.size() / (double) sample.size();
        // One in twenty at random, plus the planned bursts of Episodes (3 x (12 + 9 + 24) = 135 in 5,000 events).
        assertTrue(share > 0.03 + 0.027 && share < 0.07 + 0.027, "failure share " + share);
        Set<String> codes = new TreeSet<>();
        for (ObjectNode e : failures) {
            codes.add(e.path("reason").path("reasonCode").asText());
            assertEquals("warning", e.path("severity").asText());
            assertTrue(e.path("message").asText().endsWith(" -failure"));
        }
        assertEquals(Set.of("401", "403", "404", "500"), codes);
    }

    @Test
    void rareButRealShapesAllOccur() {
        assertTrue(count(e -> e.path("outcome").asText().equals("pending")) > 0, "pending outcomes");
        assertTrue(count(e -> e.path("severity").asText().equals("critical")) > 0, "critical severity");
        assertTrue(count(e -> !e.path("target").has("resourceGroupId")) > 0, "namespaces without IAM");
        assertTrue(count(e -> e.path("target").has("resourceGroupId")) > sample.size() / 2, "most have a group");
        assertTrue(count(e -> shortAction(e).equals("image.pull") && !e.path("target").has("id")) > 0,
                "failed tag pulls without target.id");
        assertTrue(count(e -> e.get("requestData").isTextual()) > 0, "requestData as JSON text");
        assertTrue(count(e -> e.get("responseData").isTextual()) > 0, "responseData as JSON text");
        assertTrue(count(e -> e.path("reason").get("reasonCode").isTextual()) > 0, "reasonCode as text");
        assertTrue(count(e -> e.get("dataEvent").isTextual()) > 0, "dataEvent as \"true\"");
        assertTrue(count(e -> e.path("eventTime").asText().matches(".*\\.\\d\\d\\+0000")) > 0, "2-digit fraction");
        assertTrue(count(e -> e.path("eventTime").asText().endsWith("Z")) > 0, "Z zone");
        assertTrue(count(e -> e.path("initiator").path("host").path("addressType").asText().equals("IPv6")) > 0);
        assertTrue(count(e -> e.path("initiator").path("id").asText().startsWith("iam-ServiceId-")) > 0);
        assertTrue(count(e -> e.path("initiator").path("id").asText().startsWith("IBMid-")) > 0);
        // Each odd shape stays rare: the bulk of the sample looks like the service's normal output.
        assertTrue(count(e -> e.get("requestData").isTextual()) < sample.size() / 50);
    }

    @Test
    void requestAndResponseTextHoldJsonObjects() {
        for (ObjectNode e : sample) {
            for (String field : List.of("requestData", "responseData")) {
                JsonNode value = e.get(field);
                assertTrue(value.isObject() || objectOrParsed(value).isObject(), e.toString());
            }
        }
    }

    @Test
    void eventsAreInTimeOrderInsideTheDefaultWindow() {
        long start = SampleSettings.DEFAULT_START.toEpochMilli();
        long end = start + SampleSettings.DEFAULT_SPAN.toMillis();
        long previous = Long.MIN_VALUE;
        for (ObjectNode e : sample) {
            long t = EventTime.parse(e.path("eventTime").asText());
            assertTrue(t >= previous, "time went backwards at " + e.path("eventTime").asText());
            assertTrue(t >= start && t < end, e.path("eventTime").asText());
            previous = t;
        }
        assertTrue(EventTime.parse(sample.get(sample.size() - 1).path("eventTime").asText()) > end - 86_400_000L,
                "events spread over the whole window");
    }

    @Test
    void generatedEventReportsTheTimeItsTextDenotes() {
        SampleGenerator generator = new SampleGenerator(SampleSettings.of(3, 2000));
        long index = 0;
        while (generator.hasNext()) {
            GeneratedEvent g = generator.next();
            assertEquals(index++, g.index());
            assertEquals(EventTime.parse(g.json().path("eventTime").asText()), g.epochMillis());
            assertEquals(Crn.location(g.json().path("logSourceCRN").asText()), g.region());
            assertEquals(g.json().path("severity").asText(), g.severity());
        }
    }

    @Test
    void averageLineIsAboutOneAndAHalfKilobytesAtMost() {
        double average = sample.stream().mapToInt(e -> e.toString().length() + 1).average().orElse(0);
        assertTrue(average > 1000 && average < 1500, "average line " + average);
    }

    private static long count(java.util.function.Predicate<ObjectNode> test) {
        return sample.stream().filter(test).count();
    }
}
