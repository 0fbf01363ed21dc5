package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

class SelectionEngineQueryTest {

    private static final String D1 = "sha256:" + "9f86d081884c7d65".repeat(4);
    private static final String D2 = "sha256:" + "ABCDEF0123456789".repeat(4);
    private static final String UUID1 = "5e0a8c3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b";

    @TempDir
    static Path dir;

    private static SelectionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        List<EventJson> events = List.of(
                EventJson.at("2026-03-04T10:00:00Z", "image.push").message("push-api").outcome("success")
                        .severity("normal").region("us-south").initiator("ana@example.com", "IBMid-1")
                        .ip("203.0.113.7").image("us.icr.io/team-web/api:1.4.2", D1).reasonCode(200)
                        .correlationId(UUID1).resourceGroup("rg-one"),
                EventJson.at("2026-03-04T11:00:00Z", "image.pull").message("pull-api").outcome("failure")
                        .severity("warning").region("eu-de").initiator("Bob", "iam-ServiceId-2")
                        .image("de.icr.io/team-web/api:latest", D1).reasonCode(403).correlationId("not-a-uuid"),
                EventJson.at("2026-03-05T09:00:00Z", "image-vulnerability-status.read").message("status-web")
                        .outcome("success").region("jp-tok").image("jp.icr.io/ops/web", D2).status("FAIL"),
                EventJson.at("2026-03-06T09:00:00Z", "namespace.create").message("Create (namespace) a+b [x]")
                        .outcome("success").severity("critical").region("global").target("ops", null),
                EventJson.at("2026-03-07T09:00:00Z", "other.service.thing").message("other-thing")
                        .outcome("pending"));
        engine = new SelectionEngine(TestInputs.loadEvents(dir, events).store());
    }

    private static Set<String> matches(String query) throws QuerySyntaxException {
        SelectionResult r = engine.evaluate(Selection.of(query));
        Set<String> out = new TreeSet<>();
        EventStore store = engine.store();
        for (int row = r.rows().next(0); row >= 0; row = r.rows().next(row + 1)) {
            out.add(store.value(EventColumn.MESSAGE, row));
        }
        return out;
    }

    private static Set<String> set(String... names) {
        return new TreeSet<>(List.of(names));
    }

    @Test
    void emptyQueryMatchesEverything() throws Exception {
        assertEquals(5, matches("").size());
        assertEquals(5, matches("*").size());
    }

    @Test
    void actionAcceptsShortAndFullNamesIgnoringCase() throws Exception {
        assertEquals(set("pull-api"), matches("action:image.pull"));
        assertEquals(set("pull-api"), matches("action:CONTAINER-REGISTRY.IMAGE.PULL"));
        assertEquals(set("push-api", "pull-api"), matches("action:image.*"));
        assertEquals(set("other-thing"), matches("action:other.*"));
    }

    @Test
    void categoryMapsActionsToTheirGroup() throws Exception {
        assertEquals(set("push-api", "pull-api"), matches("category:image-data"));
        assertEquals(set("status-web"), matches("category:vulnerability"));
        assertEquals(set("Create (namespace) a+b [x]"), matches("category:Namespaces"));
        assertEquals(set("other-thing"), matches("category:other"));
    }

    @Test
    void regionAndGeography() throws Exception {
        assertEquals(set("pull-api"), matches("region:EU-DE"));
        assertEquals(set("pull-api"), matches("region:frankfurt"));
        assertEquals(set("push-api", "pull-api"), matches("region:us-south OR geo:europe"));
        assertEquals(set("status-web"), matches("geo:asia-pacific"));
        assertEquals(set("status-web"), matches("geo:\"Asia Pacific\""));
        assertEquals(set("other-thing"), matches("region:unknown"));
    }

    @Test
    void simpleColumnsCompareIgnoringCase() throws Exception {
        assertEquals(set("pull-api"), matches("outcome:FAILURE"));
        assertEquals(set("Create (namespace) a+b [x]"), matches("severity:critical"));
        assertEquals(set("pull-api"), matches("reason:403"));
        assertEquals(set("push-api"), matches("ip:203.0.113.*"));
        assertEquals(set("status-web"), matches("status:fail"));
        assertEquals(set("push-api"), matches("rg:rg-one"));
        assertEquals(set("push-api", "pull-api"), matches("namespace:team-web"));
        assertEquals(set("pull-api"), matches("tag:latest"));
    }

    @Test
    void initiatorAndTargetMatchNameOrId() throws Exception {
        assertEquals(set("push-api"), matches("initiator:ana@example.com"));
        assertEquals(set("push-api"), matches("initiator:ibmid-1"));
        assertEquals(set("pull-api"), matches("initiator:iam-*"));
        assertEquals(set("Create (namespace) a+b [x]"), matches("target:ops"));
        assertEquals(set("push-api", "pull-api", "status-web"), matches("target:crn:v1:*"));
    }

    @Test
    void repositoryMatchesFullNameAfterHostOrName() throws Exception {
        assertEquals(set("push-api"), matches("repo:us.icr.io/team-web/api"));
        assertEquals(set("push-api", "pull-api"), matches("repo:team-web/api"));
        assertEquals(set("push-api", "pull-api"), matches("repo:api"));
        assertEquals(set("status-web"), matches("repository:we*"));
        assertEquals(set(), matches("repo:icr.io/team-web/api"));
    }

    @Test
    void digestComparesInLowerCaseWithOrWithoutPrefix() throws Exception {
        assertEquals(set("push-api", "pull-api"), matches("digest:" + D1.toUpperCase()));
        assertEquals(set("status-web"), matches("digest:sha256:abcdef01*"));
        assertEquals(set("status-web"), matches("digest:ABCDEF01*"));
    }

    @Test
    void correlationMatchesUuidsAndOtherIds() throws Exception {
        assertEquals(set("push-api"), matches("correlation:" + UUID1.toUpperCase()));
        assertEquals(set("push-api"), matches("correlation:5e0a8c3c-1b2d*"));
        assertEquals(set("push-api"), matches("correlation:5E0A8*"));
        assertEquals(set("pull-api"), matches("correlation:not-a-uuid"));
        assertEquals(set("push-api", "pull-api"), matches("correlation:*"));
        assertEquals(set("status-web", "Create (namespace) a+b [x]", "other-thing"), matches("correlation:\"\""));
        assertEquals(set(), matches("correlation:5e0a8c3c-1b2d-4e5f-8a9b-0c1d2e3f4a5c"));
    }

    @Test
    void emptyMeansNoValue() throws Exception {
        assertEquals(set("status-web", "Create (namespace) a+b [x]", "other-thing"), matches("tag:\"\""));
        assertEquals(set("status-web", "Create (namespace) a+b [x]", "other-thing"), matches("initiator:\"\""));
        assertEquals(set("status-web", "other-thing"), matches("severity:\"\""));
    }

    @Test
    void freeTextIsASubstringOfMessageActionTargetOrInitiator() throws Exception {
        assertEquals(set("pull-api"), matches("bob"));
        assertEquals(set("push-api", "pull-api"), matches("team-web/api"));
        assertEquals(set("status-web"), matches("vulnerability-status"));
        assertEquals(set("push-api", "pull-api"), matches("\"-api\""));
    }

    @Test
    void regexCharactersAreTakenLiterally() throws Exception {
        assertEquals(set("Create (namespace) a+b [x]"), matches("\"a+b [x]\""));
        assertEquals(set("Create (namespace) a+b [x]"), matches("\"(namespace)\""));
        assertEquals(set(), matches("\".*\""));
        assertEquals(set(), matches("message:\"Create.*\""));
        assertEquals(set("Create (namespace) a+b [x]"), matches("message:\"create (namespace) a+b [x]\""));
    }

    @Test
    void booleanStructureAndTime() throws Exception {
        assertEquals(set("pull-api", "status-web", "Create (namespace) a+b [x]", "other-thing"), matches("-push"));
        assertEquals(set("push-api"), matches("outcome:success region:us-south"));
        assertEquals(set("push-api", "other-thing"), matches("region:us-south OR outcome:pending"));
        assertEquals(set("pull-api"), matches("(region:us-south OR region:eu-de) -outcome:success"));
        assertEquals(set("status-web", "Create (namespace) a+b [x]", "other-thing"), matches("after:2026-03-05"));
        assertEquals(set("push-api"), matches("before:2026-03-04T11:00"));
        assertEquals(set("pull-api"), matches("after:2026-03-04T11:00:00Z before:2026-03-05"));
        assertEquals(set("push-api", "pull-api"), matches("NOT NOT region:us-south OR region:eu-de"));
    }

    @Test
    void manyTermsOnOneFieldCollapseToOneMask() throws Exception {
        StringBuilder q = new StringBuilder("region:none0");
        for (int i = 1; i < 5_000; i++) {
            q.append(" OR region:none").append(i);
        }
        q.append(" OR region:jp-tok");
        assertEquals(set("status-web"), matches(q.toString()));
    }

    @Test
    void aHundredKilobyteQueryEvaluates() throws Exception {
        String chunk = "region:eu-de OR -message:\"pull \\\"x\\\"\" (a b) ";
        String text = chunk.repeat(100_000 / chunk.length() + 1);
        // Only other-thing has neither an "a" nor a "b" in its message, action, target or initiator.
        assertEquals(4, matches(text).size());
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Selection.of("region:eu-de (a"));
        assertEquals(14, e.column());
        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class, () -> Selection.of("colour:red"));
        assertEquals(1, unknown.column());
        assertEquals(true, unknown.getMessage().contains("action, category, region"));
    }
}
