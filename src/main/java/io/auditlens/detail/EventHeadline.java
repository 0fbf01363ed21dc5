package io.auditlens.detail;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Regions;

import java.util.Map;

/**
 * Describes an event in one sentence, e.g. "ana@example.com pulled us.icr.io/team-web/api:1.4.2 in Dallas
 * (us-south) - success". The verb phrase comes from the action; {@code %s} in it stands for the target.
 */
public final class EventHeadline {

    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("auth.get", "checked whether public connections are prevented"),
            Map.entry("auth.set", "changed whether public connections are prevented"),
            Map.entry("plan.get", "viewed the pricing plan"),
            Map.entry("plan.set", "changed the pricing plan"),
            Map.entry("quota.get", "viewed the quotas"),
            Map.entry("quota.set", "changed the quotas"),
            Map.entry("settings.get", "viewed the registry settings"),
            Map.entry("settings.set", "changed the registry settings"),
            Map.entry("image.inspect", "inspected %s"),
            Map.entry("image.list", "listed the images"),
            Map.entry("image.tag", "tagged %s"),
            Map.entry("image.untag", "untagged %s"),
            Map.entry("manifest.inspect", "viewed the manifest of %s"),
            Map.entry("retention.analyze", "analyzed a retention policy for %s"),
            Map.entry("retention.list", "listed the retention policies"),
            Map.entry("retention.set", "set a retention policy on %s"),
            Map.entry("trash.list", "listed the trash"),
            Map.entry("trash.restore", "restored %s from the trash"),
            Map.entry("image.bulkdelete", "deleted images in bulk: %s"),
            Map.entry("image.delete", "deleted %s"),
            Map.entry("image.pull", "pulled %s"),
            Map.entry("image.push", "pushed %s"),
            Map.entry("signature.delete", "deleted the signature of %s"),
            Map.entry("signature.read", "read the signature of %s"),
            Map.entry("signature.write", "signed %s"),
            Map.entry("namespace.create", "created namespace %s"),
            Map.entry("namespace.delete", "deleted namespace %s"),
            Map.entry("namespace.list", "listed the namespaces"),
            Map.entry("account-vulnerability-report.list", "viewed the account's vulnerability reports"),
            Map.entry("account-vulnerability-status.list", "viewed the account's vulnerability status"),
            Map.entry("image-vulnerability-report.read", "read the vulnerability report of %s"),
            Map.entry("image-vulnerability-status.read", "read the vulnerability status of %s"),
            Map.entry("exemption.create", "created a vulnerability exemption for %s"),
            Map.entry("exemption.delete", "deleted a vulnerability exemption for %s"));

    private EventHeadline() {
    }

    /** The sentence for an event's initiator, action, target, region code and outcome; any of them may be null. */
    public static String describe(String initiator, String action, String target, String region, String outcome) {
        String who = blank(initiator) ? "Someone" : initiator;
        String phrase = ActionCatalog.find(action)
                .map(a -> PHRASES.get(a.shortName()))
                .orElse(blank(action) ? "did something to %s" : "performed " + action + " on %s");
        String what = blank(target) ? phrase.replace(" %s", "").replace(": %s", "") : phrase.replace("%s", target);
        StringBuilder out = new StringBuilder(who).append(' ').append(what);
        if (!blank(region) && !Regions.UNKNOWN_CODE.equals(region)) {
            out.append(" in ").append(Regions.byCode(region).displayName());
        }
        if (!blank(outcome)) {
            out.append(" - ").append(outcome);
        }
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
