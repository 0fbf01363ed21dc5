package io.auditlens.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the sample events talk about: the account, its namespaces, repositories, images and callers. */
final class SampleWorld {

    private static final List<String> NAMESPACE_NAMES = List.of("team-web", "payments", "data-eng", "ml-platform",
            "ops-tools", "mobile", "identity", "checkout", "analytics", "platform-base", "edge", "search-team",
            "logistics", "retail-api", "hr-apps", "finance", "iot-ingest", "media", "security", "devex", "support",
            "growth", "catalog", "risk", "partner-apis", "billing", "observability", "customer-360", "legacy-apps",
            "shared-images", "sre", "labs");
    private static final List<String> REPOSITORY_PATHS = List.of("api", "web", "worker", "gateway", "auth-service",
            "frontend", "scheduler", "billing-service", "search", "notifications", "tools/builder",
            "base/ubi9-minimal", "base/node20", "batch/etl", "ml/inference", "ml/training", "docs",
            "metrics-exporter", "cache", "proxy");
    private static final double NON_IAM_SHARE = 0.15;
    /* Always without a resource group, so every sample has events of a namespace never migrated to IAM. */
    private static final String LEGACY_NAMESPACE = "legacy-apps";

    private final SampleAccount account;
    private final InitiatorPool initiators;
    private final ImageInventory images = new ImageInventory();
    private final Map<String, List<SampleRepository>> repositoriesByLocation = new LinkedHashMap<>();
    private final List<SampleNamespace> namespaces = new ArrayList<>();
    private final List<SampleNamespace> scratchNamespaces = new ArrayList<>();
    private final List<Exemption> exemptions = new ArrayList<>();
    private int scratchCounter;

    SampleWorld(SampleRandom random) {
        this.account = SampleAccount.create(random);
        this.initiators = new InitiatorPool(random);
        int next = 0;
        // Two namespaces in every location first, so every location has images to act on.
        for (RegistryLocation location : account.locations()) {
            for (int i = 0; i < 2; i++) {
                addNamespace(random, NAMESPACE_NAMES.get(next++), location);
            }
        }
        while (next < NAMESPACE_NAMES.size()) {
            addNamespace(random, NAMESPACE_NAMES.get(next++), account.pickLocation(random));
        }
    }

    SampleAccount account() {
        return account;
    }

    InitiatorPool initiators() {
        return initiators;
    }

    ImageInventory images() {
        return images;
    }

    RegistryLocation pickLocation(SampleRandom random) {
        return account.pickLocation(random);
    }

    /** A repository to push to, in {@code preferred} when given, else in a location drawn by activity. */
    SampleRepository pickRepository(SampleRandom random, RegistryLocation preferred) {
        RegistryLocation location = preferred != null ? preferred : pickLocation(random);
        return random.pick(repositoriesByLocation.get(location.code()));
    }

    /** A namespace in the given location. */
    SampleNamespace pickNamespace(SampleRandom random, RegistryLocation location) {
        return random.pick(repositoriesByLocation.get(location.code())).namespace();
    }

    int namespaceCount(RegistryLocation location) {
        int count = 0;
        for (SampleNamespace ns : namespaces) {
            if (ns.location() == location) {
                count++;
            }
        }
        for (SampleNamespace ns : scratchNamespaces) {
            if (ns.location() == location) {
                count++;
            }
        }
        return count;
    }

    /** A new, empty namespace someone creates to try things out; such namespaces are the ones deleted later. */
    SampleNamespace newScratchNamespace(SampleRandom random, RegistryLocation location, SampleInitiator owner) {
        String who = owner.name().replaceAll("[@.].*", "").replaceAll("[^a-z0-9-]", "-");
        return new SampleNamespace("sandbox-" + who + "-" + (++scratchCounter), location,
                random.pick(account.resourceGroupCrns()));
    }

    void addScratch(SampleNamespace namespace) {
        scratchNamespaces.add(namespace);
    }

    boolean hasScratch() {
        return !scratchNamespaces.isEmpty();
    }

    SampleNamespace removeScratch(SampleRandom random) {
        return scratchNamespaces.remove(random.nextInt(scratchNamespaces.size()));
    }

    void addExemption(Exemption exemption) {
        exemptions.add(exemption);
    }

    boolean hasExemptions() {
        return !exemptions.isEmpty();
    }

    Exemption removeExemption(SampleRandom random) {
        return exemptions.remove(random.nextInt(exemptions.size()));
    }

    private void addNamespace(SampleRandom random, String name, RegistryLocation location) {
        boolean nonIam = random.chance(NON_IAM_SHARE) || name.equals(LEGACY_NAMESPACE);
        String group = nonIam ? null : random.pick(account.resourceGroupCrns());
        SampleNamespace namespace = new SampleNamespace(name, location, group);
        namespaces.add(namespace);
        List<SampleRepository> repos = repositoriesByLocation.computeIfAbsent(location.code(), c -> new ArrayList<>());
        int count = random.between(2, 4);
        List<String> paths = new ArrayList<>(REPOSITORY_PATHS);
        for (int i = 0; i < count; i++) {
            String path = paths.remove(random.nextInt(paths.size()));
            repos.add(new SampleRepository(namespace, path, random.between(0, 3), random.nextInt(10)));
        }
    }
}
