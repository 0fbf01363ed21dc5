package io.auditlens.sample;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often each action happens in a busy account: pulls dominate, pushes and scans follow, account
 * changes are rare. Weights are per ten thousand events.
 */
final class ActionMix {

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("image.pull", 4300), Map.entry("image.push", 420), Map.entry("image.tag", 300),
            Map.entry("image.untag", 110), Map.entry("image.inspect", 420), Map.entry("manifest.inspect", 330),
            Map.entry("image.list", 380), Map.entry("image-vulnerability-status.read", 520),
            Map.entry("image-vulnerability-report.read", 400), Map.entry("account-vulnerability-report.list", 110),
            Map.entry("account-vulnerability-status.list", 110), Map.entry("signature.write", 160),
            Map.entry("signature.read", 330), Map.entry("signature.delete", 35), Map.entry("image.delete", 120),
            Map.entry("image.bulkdelete", 25), Map.entry("trash.list", 50), Map.entry("trash.restore", 20),
            Map.entry("retention.analyze", 30), Map.entry("retention.list", 40), Map.entry("retention.set", 20),
            Map.entry("namespace.list", 220), Map.entry("namespace.create", 20), Map.entry("namespace.delete", 12),
            Map.entry("auth.get", 70), Map.entry("auth.set", 12), Map.entry("plan.get", 60), Map.entry("plan.set", 4),
            Map.entry("quota.get", 80), Map.entry("quota.set", 12), Map.entry("settings.get", 60),
            Map.entry("settings.set", 12), Map.entry("exemption.create", 25), Map.entry("exemption.delete", 15));

    /* A catalogued action without a weight above still happens now and then. */
    private static final int DEFAULT_WEIGHT = 10;

    private final List<ActionInfo> actions = ActionCatalog.all();
    private final int[] weights = new int[actions.size()];

    ActionMix() {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = WEIGHTS.getOrDefault(actions.get(i).shortName(), DEFAULT_WEIGHT);
        }
    }

    /** Draws an action among those {@code possible} now; push is always possible, so there is always one. */
    ActionInfo pick(SampleRandom random, Predicate<ActionInfo> possible) {
        boolean[] allowed = new boolean[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            allowed[i] = possible.test(actions.get(i));
            if (allowed[i]) {
                total += weights[i];
            }
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            if (allowed[i]) {
                r -= weights[i];
                if (r < 0) {
                    return actions.get(i);
                }
            }
        }
        throw new IllegalStateException("no possible action");
    }
}
