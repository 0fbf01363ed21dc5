package io.auditlens.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.auditlens.findings.RuleFixture.DIGEST_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in first-seen rules: a 7-day learning period from the first loaded event, then every new pair. */
class BuiltInFirstSeenRulesTest {

    private static final String ANA = "ana@example.com";

    @TempDir
    Path dir;

    private final RuleFixture f = new RuleFixture();

    private void by(String name, String time, String action, String who, String ip, String namespace) {
        f.add(name, time, action).outcome("success").initiator(who, "IBMid-" + who.length()).ip(ip)
                .image("us.icr.io/" + namespace + "/app:1", DIGEST_A);
    }

    @Test
    void newIpForInitiatorLearnsForSevenDaysThenFlagsEachNewAddressOnce() throws Exception {
        by("learn1", "2026-03-02T10:00", "image.pull", ANA, "192.0.2.1", "team-web");
        by("learn2", "2026-03-05T10:00", "image.pull", ANA, "192.0.2.2", "team-web");
        by("known", "2026-03-10T10:00", "image.push", ANA, "192.0.2.2", "team-web");
        by("atEndOfLearning", "2026-03-09T10:00", "image.pull", "carl@example.com", "192.0.2.9", "team-web");
        by("newIp", "2026-03-11T10:00", "signature.write", ANA, "198.51.100.3", "team-web");
        by("againNewIp", "2026-03-12T10:00", "image.pull", ANA, "198.51.100.3", "team-web");
        // Not an Image data action: an image.list from a new address is no finding.
        by("notData", "2026-03-12T11:00", "image.list", ANA, "203.0.113.4", "team-web");
        // No address: nothing to compare.
        f.add("noIp", "2026-03-12T12:00", "image.pull").outcome("success").initiator(ANA, "IBMid-1");

        assertEquals(List.of("carl@example.com: atEndOfLearning", ANA + ": newIp"),
                f.hits(dir, "new-ip-for-initiator"));
    }

    @Test
    void newInitiatorInNamespaceCountsOnlyImageChanges() throws Exception {
        by("learn", "2026-03-02T10:00", "image.push", "ci-pipeline", "192.0.2.1", "team-web");
        by("knownTag", "2026-03-10T10:00", "image.tag", "ci-pipeline", "192.0.2.1", "team-web");
        by("danaUntag", "2026-03-10T11:00", "image.untag", "dana@example.com", "192.0.2.7", "team-web");
        by("danaPull", "2026-03-11T10:00", "image.pull", "dana@example.com", "192.0.2.7", "payments");
        by("danaPush", "2026-03-11T11:00", "image.push", "dana@example.com", "192.0.2.7", "payments");
        by("danaAgain", "2026-03-11T12:00", "image.delete", "dana@example.com", "192.0.2.7", "payments");

        assertEquals(List.of("team-web: danaUntag", "payments: danaPush"), f.hits(dir, "new-initiator-in-namespace"));
    }

    @Test
    void firstDeletionByInitiatorIncludesNamespaceDeletion() throws Exception {
        by("learnDelete", "2026-03-02T10:00", "image.delete", "ops@example.com", "192.0.2.1", "team-web");
        by("secondDelete", "2026-03-10T10:00", "image.delete", "ops@example.com", "192.0.2.1", "team-web");
        by("eveBulk", "2026-03-10T11:00", "image.bulkdelete", "eve@example.com", "192.0.2.5", "team-web");
        f.add("eveNamespace", "2026-03-11T10:00", "namespace.delete").outcome("success")
                .initiator("eve@example.com", "IBMid-5").target("us.icr.io/sandbox-1", null);
        by("evePush", "2026-03-11T11:00", "image.push", "eve@example.com", "192.0.2.5", "payments");
        by("opsElsewhere", "2026-03-12T10:00", "image.delete", "ops@example.com", "192.0.2.1", "payments");

        assertEquals(List.of("team-web: eveBulk", "sandbox-1: eveNamespace", "payments: opsElsewhere"),
                f.hits(dir, "first-deletion-by-initiator"));
    }
}
