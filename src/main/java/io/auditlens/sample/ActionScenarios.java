package io.auditlens.sample;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;

import java.util.HashMap;
import java.util.Map;

/** The scenario of every catalogued action; construction fails if the catalog gains an action without one. */
final class ActionScenarios {

    private final Map<String, Scenario> byShortName = new HashMap<>();

    ActionScenarios(SampleWorld world, SampleRandom random) {
        ImageDataScenarios data = new ImageDataScenarios(world, random);
        ImageManagementScenarios management = new ImageManagementScenarios(world, random);
        AccountScenarios account = new AccountScenarios(world, random);
        VulnerabilityScenarios vulnerability = new VulnerabilityScenarios(world, random);

        put("auth.get", Scenario.always(account::authGet));
        put("auth.set", Scenario.always(account::authSet));
        put("plan.get", Scenario.always(account::planGet));
        put("plan.set", Scenario.always(account::planSet));
        put("quota.get", Scenario.always(account::quotaGet));
        put("quota.set", Scenario.always(account::quotaSet));
        put("settings.get", Scenario.always(account::settingsGet));
        put("settings.set", Scenario.always(account::settingsSet));

        put("image.inspect", Scenario.withLiveImages(management::inspect));
        put("image.list", Scenario.always(management::list));
        put("image.tag", Scenario.withLiveImages(management::tag));
        put("image.untag", Scenario.withLiveImages(management::untag));
        put("manifest.inspect", Scenario.withLiveImages(management::inspectManifest));
        put("retention.analyze", Scenario.always(management::retentionAnalyze));
        put("retention.list", Scenario.always(management::retentionList));
        put("retention.set", Scenario.always(management::retentionSet));
        put("trash.list", Scenario.always(management::trashList));
        put("trash.restore", new Scenario(w -> w.images().hasTrash(), management::trashRestore));

        put("image.bulkdelete", Scenario.withLiveImages(data::bulkDelete));
        put("image.delete", Scenario.withLiveImages(data::delete));
        put("image.pull", Scenario.withLiveImages(data::pull));
        put("image.push", Scenario.always(data::push));
        put("signature.delete", new Scenario(w -> w.images().hasSigned(), data::signatureDelete));
        put("signature.read", new Scenario(w -> w.images().hasSigned(), data::signatureRead));
        put("signature.write", Scenario.withLiveImages(data::signatureWrite));

        put("namespace.create", Scenario.always(account::namespaceCreate));
        put("namespace.delete", new Scenario(SampleWorld::hasScratch, account::namespaceDelete));
        put("namespace.list", Scenario.always(account::namespaceList));

        put("account-vulnerability-report.list", Scenario.always(vulnerability::accountReportList));
        put("account-vulnerability-status.list", Scenario.always(vulnerability::accountStatusList));
        put("image-vulnerability-report.read", Scenario.withLiveImages(vulnerability::imageReportRead));
        put("image-vulnerability-status.read", Scenario.withLiveImages(vulnerability::imageStatusRead));
        put("exemption.create", Scenario.always(vulnerability::exemptionCreate));
        put("exemption.delete", new Scenario(SampleWorld::hasExemptions, vulnerability::exemptionDelete));

        for (ActionInfo action : ActionCatalog.all()) {
            if (!byShortName.containsKey(action.shortName())) {
                throw new IllegalStateException("no sample scenario for " + action.name());
            }
        }
    }

    Scenario of(ActionInfo action) {
        return byShortName.get(action.shortName());
    }

    private void put(String shortName, Scenario scenario) {
        if (ActionCatalog.find(shortName).isEmpty()) {
            throw new IllegalStateException("not a catalogued action: " + shortName);
        }
        byShortName.put(shortName, scenario);
    }
}
