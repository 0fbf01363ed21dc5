package io.auditlens.sample;

/** Builds the account management events (auth, plan, quota, settings) and the namespace events. */
final class AccountScenarios {

    private final SampleWorld world;
    private final SampleRandom random;

    AccountScenarios(SampleWorld world, SampleRandom random) {
        this.world = world;
        this.random = random;
    }

    void authGet(EventDraft d) {
        registryEvent(d, "auth", "get authorization settings of registry");
        d.response().put("iam_authz", true).put("private_only", random.chance(0.3));
    }

    void authSet(EventDraft d) {
        registryEvent(d, "auth", "set authorization settings of registry");
        d.requestParameters().put("iam_authz", "true").put("private_only", random.chance(0.5) ? "true" : "false");
        changed(d);
    }

    void planGet(EventDraft d) {
        registryEvent(d, "plan", "get plan of registry");
        d.response().put("plan", "Standard");
    }

    void planSet(EventDraft d) {
        registryEvent(d, "plan", "upgrade plan of registry");
        d.requestParameters().put("plan", "Standard");
        changed(d);
    }

    void quotaGet(EventDraft d) {
        registryEvent(d, "quota", "get quota of registry");
        d.response().putObject("limits").put("storage_megabytes", 51_200).put("traffic_megabytes", 512_000);
        d.response().putObject("usage").put("storage_megabytes", random.between(900, 48_000))
                .put("traffic_megabytes", random.between(10_000, 400_000));
    }

    void quotaSet(EventDraft d) {
        registryEvent(d, "quota", "set quota of registry");
        d.requestParameters().put("storage_megabytes", String.valueOf(1024 * random.between(10, 60)))
                .put("traffic_megabytes", String.valueOf(10_240 * random.between(10, 60)));
        changed(d);
    }

    void settingsGet(EventDraft d) {
        registryEvent(d, "settings", "get settings of registry");
        d.response().put("platform_metrics", random.chance(0.6));
    }

    void settingsSet(EventDraft d) {
        registryEvent(d, "settings", "set settings of registry");
        d.requestParameters().put("platform_metrics", random.chance(0.7) ? "true" : "false");
        changed(d);
    }

    void namespaceCreate(EventDraft d) {
        RegistryLocation location = d.preferredLocation() != null ? d.preferredLocation() : world.pickLocation(random);
        Actor actor = world.initiators().administrator(random);
        SampleNamespace namespace = world.newScratchNamespace(random, location, actor.initiator());
        d.at(location).by(actor);
        d.requestParameters().put("namespace", namespace.name())
                .put("resource_group", namespace.resourceGroupCrn().substring(namespace.resourceGroupCrn()
                        .lastIndexOf(':') + 1));
        d.target(EventTarget.namespace(namespace), "create namespace");
        if (!d.failing()) {
            world.addScratch(namespace);
            d.response().put("namespace", namespace.name()).put("created", true);
            d.succeeded(201, "normal");
        }
    }

    void namespaceDelete(EventDraft d) {
        SampleNamespace namespace = world.removeScratch(random);
        d.at(namespace.location()).by(world.initiators().administrator(random));
        d.requestParameters().put("namespace", namespace.name());
        d.target(EventTarget.namespace(namespace), "delete namespace");
        if (d.failing()) {
            world.addScratch(namespace);
        } else if (random.chance(0.15)) {
            d.pending("critical");
        } else {
            d.succeeded(200, "critical");
        }
    }

    void namespaceList(EventDraft d) {
        RegistryLocation location = world.pickLocation(random);
        d.at(location).by(world.initiators().administrator(random));
        d.target(EventTarget.registry(location, "namespace", null), "list namespaces in registry");
        d.response().put("count", world.namespaceCount(location));
    }

    private void registryEvent(EventDraft d, String kind, String phrase) {
        RegistryLocation location = world.pickLocation(random);
        d.at(location).by(world.initiators().administrator(random));
        d.target(EventTarget.registry(location, kind, world.account().resourceGroupCrns().get(0)), phrase);
    }

    /** Settings changes are what auditors look for, so some are flagged critical as the service does. */
    private void changed(EventDraft d) {
        d.succeeded(200, random.chance(0.3) ? "critical" : "normal");
    }
}
