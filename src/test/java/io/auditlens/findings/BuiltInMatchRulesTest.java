package io.auditlens.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in match rules: each matching event is one finding, neighbouring actions are not. */
class BuiltInMatchRulesTest {

    @TempDir
    Path dir;

    private final RuleFixture f = new RuleFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "namespace-deleted, namespace.delete, namespace.list",
        "bulk-delete, image.bulkdelete, image.delete",
        "public-network-setting-changed, auth.set, auth.get",
        "vulnerability-exemption-created, exemption.create, exemption.delete",
        "retention-policy-set, retention.set, retention.analyze",
        "restored-from-trash, trash.restore, trash.list",
    })
    void firesOnItsActionOnly(String rule, String action, String neighbour) throws Exception {
        f.add("hit", "2026-03-02T10:00", action).outcome("success");
        f.add("neighbour", "2026-03-02T10:01", neighbour).outcome("success");
        f.add("failedHit", "2026-03-02T10:02", action).outcome("failure");
        f.add("otherService", "2026-03-02T10:03", "other." + action).outcome("success");

        assertEquals(List.of("-: hit", "-: failedHit"), f.hits(dir, rule));
    }

    @Test
    void accountSettingChangedCoversPlanQuotaAndSettings() throws Exception {
        f.add("plan", "2026-03-02T10:00", "plan.set");
        f.add("quota", "2026-03-02T10:01", "quota.set");
        f.add("settings", "2026-03-02T10:02", "settings.set");
        f.add("read", "2026-03-02T10:03", "settings.get");
        f.add("auth", "2026-03-02T10:04", "auth.set");

        assertEquals(List.of("-: plan", "-: quota", "-: settings"), f.hits(dir, "account-setting-changed"));
    }

    @Test
    void offHoursChangeUsesMondayToFridaySevenToSevenUtcByDefault() throws Exception {
        f.add("earlyMonday", "2026-03-02T06:59", "image.push").outcome("success");
        f.add("sevenSharp", "2026-03-02T07:00", "image.push").outcome("success");
        f.add("lastMinute", "2026-03-02T18:59", "image.delete").outcome("success");
        f.add("sevenPm", "2026-03-02T19:00", "settings.set").outcome("success");
        f.add("saturday", "2026-03-07T12:00", "image.bulkdelete").outcome("success");
        f.add("failedAtNight", "2026-03-02T23:00", "image.push").outcome("failure");
        f.add("pullAtNight", "2026-03-02T23:00", "image.pull").outcome("success");
        f.add("readAtNight", "2026-03-02T23:30", "auth.get").outcome("success");
        f.add("authAtNight", "2026-03-03T02:00", "auth.set").outcome("success");

        assertEquals(List.of("-: earlyMonday", "-: sevenPm", "-: authAtNight", "-: saturday"),
                f.hits(dir, "off-hours-change"));
    }

    @Test
    void offHoursChangeFollowsTheConfiguredZoneAndHours() throws Exception {
        // 07:30 UTC is 08:30 in Berlin in March (CET): inside 08:00-18:00 there, outside 09:00-17:00.
        f.add("morning", "2026-03-02T07:30", "image.push").outcome("success");
        f.add("evening", "2026-03-02T16:30", "image.push").outcome("success");
        Rule rule = RuleCatalog.builtIn().find("off-hours-change").orElseThrow();

        assertEquals(List.of(), f.hits(dir, rule, WorkingHours.parse("Mon-Fri 08:00-18:00 Europe/Berlin")));
        assertEquals(List.of("-: morning", "-: evening"),
                f.hits(dir, rule, WorkingHours.parse("Mon-Fri 09:00-17:00 Europe/Berlin")));
    }
}
