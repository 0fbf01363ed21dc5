package io.auditlens.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.auditlens.findings.RuleFixture.DIGEST_A;
import static io.auditlens.findings.RuleFixture.DIGEST_B;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in sequence rules on hand-made exports: what must fire, and the near-misses that must not. */
class BuiltInSequenceRulesTest {

    private static final String DIGEST_C = "sha256:" + "c".repeat(64);
    private static final String DIGEST_D = "sha256:" + "d".repeat(64);

    @TempDir
    Path dir;

    private final RuleFixture f = new RuleFixture();

    private void read(String name, String time, String kind, String status, String digest) {
        f.add(name, time, kind).outcome("success").status(status).image("us.icr.io/team-web/api:1", digest);
    }

    private void pull(String name, String time, String outcome, String image, String digest) {
        f.add(name, time, "image.pull").outcome(outcome).image(image, digest);
    }

    @Test
    void pullAfterFailPairsAPullWithTheLatestFailReadOfItsDigest() throws Exception {
        read("fail1", "2026-03-02T10:00", "image-vulnerability-status.read", "FAIL", DIGEST_A);
        pull("pull1", "2026-03-03T10:00", "success", "us.icr.io/team-web/api:1", DIGEST_A);
        pull("failedPull", "2026-03-03T11:00", "failure", "us.icr.io/team-web/api:1", DIGEST_A);
        read("fail2", "2026-03-05T10:00", "image-vulnerability-report.read", "FAIL", DIGEST_A);
        pull("pull2", "2026-03-06T10:00", "success", "us.icr.io/team-web/api@" + DIGEST_A, DIGEST_A);
        // Near-miss: the FAIL was followed by an OK read before the pull.
        read("failB", "2026-03-02T11:00", "image-vulnerability-status.read", "FAIL", DIGEST_B);
        read("okB", "2026-03-02T12:00", "image-vulnerability-report.read", "OK", DIGEST_B);
        pull("pullB", "2026-03-03T12:00", "success", "us.icr.io/team-web/api:1", DIGEST_B);
        // Near-miss: the pull came 30 days and one minute after the FAIL.
        read("failC", "2026-03-02T13:00", "image-vulnerability-status.read", "FAIL", DIGEST_C);
        pull("pullC", "2026-04-01T13:01", "success", "us.icr.io/team-web/api:1", DIGEST_C);
        // Near-miss: a pull before the FAIL read, and a WARN read.
        pull("earlyD", "2026-03-02T09:00", "success", "us.icr.io/team-web/api:1", DIGEST_D);
        read("warnD", "2026-03-02T09:30", "image-vulnerability-status.read", "WARN", DIGEST_D);
        pull("pullD", "2026-03-02T09:45", "success", "us.icr.io/team-web/api:1", DIGEST_D);

        assertEquals(List.of(DIGEST_A + ": fail1, pull1", DIGEST_A + ": fail2, pull2"), f.hits(dir, "pull-after-fail"));
    }

    @Test
    void pullAfterFailAcceptsThePullExactlyThirtyDaysLater() throws Exception {
        read("fail", "2026-03-02T13:00", "image-vulnerability-status.read", "FAIL", DIGEST_C);
        pull("pull", "2026-04-01T13:00", "success", "us.icr.io/team-web/api:1", DIGEST_C);
        assertEquals(List.of(DIGEST_C + ": fail, pull"), f.hits(dir, "pull-after-fail"));
    }

    @Test
    void pullOfUnscannedEndsWhenAnyOtherStatusIsRead() throws Exception {
        read("unscannedA", "2026-03-02T10:00", "image-vulnerability-status.read", "UNSCANNED", DIGEST_A);
        pull("pullA", "2026-03-02T10:05", "success", "us.icr.io/team-web/api:1", DIGEST_A);
        read("unscannedB", "2026-03-02T11:00", "image-vulnerability-report.read", "UNSCANNED", DIGEST_B);
        read("warnB", "2026-03-02T11:01", "image-vulnerability-status.read", "WARN", DIGEST_B);
        pull("pullB", "2026-03-02T11:05", "success", "us.icr.io/team-web/api:1", DIGEST_B);
        read("failC", "2026-03-02T12:00", "image-vulnerability-status.read", "FAIL", DIGEST_C);
        pull("pullC", "2026-03-02T12:05", "success", "us.icr.io/team-web/api:1", DIGEST_C);

        assertEquals(List.of(DIGEST_A + ": unscannedA, pullA"), f.hits(dir, "pull-of-unscanned"));
    }

    @Test
    void signatureRemovedThenPulledKeysByDigestElseByRepository() throws Exception {
        f.add("sigdelA", "2026-03-02T10:00", "signature.delete").outcome("success")
                .image("us.icr.io/team-web/web:1", DIGEST_A);
        pull("pullA", "2026-03-04T10:00", "success", "us.icr.io/team-web/web@" + DIGEST_A, DIGEST_A);
        // A signature event naming no digest is keyed by its repository: any image of it pulled later pairs.
        f.add("sigdelRepo", "2026-03-02T11:00", "signature.delete").outcome("success")
                .target("us.icr.io/team-web/api", null);
        pull("pullRepo", "2026-03-05T11:00", "success", "us.icr.io/team-web/api:2", DIGEST_B);
        // Near-misses: a pull 7 days and a minute later; a deletion that failed; a pull of another digest.
        f.add("sigdelC", "2026-03-02T12:00", "signature.delete").outcome("success")
                .image("us.icr.io/payments/app:1", DIGEST_C);
        pull("latePullC", "2026-03-09T12:01", "success", "us.icr.io/payments/app:1", DIGEST_C);
        f.add("failedSigdelD", "2026-03-02T13:00", "signature.delete").outcome("failure")
                .image("us.icr.io/payments/tool:1", DIGEST_D);
        pull("pullD", "2026-03-02T14:00", "success", "us.icr.io/payments/tool:1", DIGEST_D);
        pull("otherDigest", "2026-03-02T15:00", "success", "us.icr.io/payments/app:2", "sha256:" + "e".repeat(64));

        assertEquals(List.of(DIGEST_A + ": sigdelA, pullA", "us.icr.io/team-web/api: sigdelRepo, pullRepo"),
                f.hits(dir, "signature-removed-then-pulled"));
    }
}
