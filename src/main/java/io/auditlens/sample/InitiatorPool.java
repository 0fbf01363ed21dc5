package io.auditlens.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The people and service IDs of the sample account, and who tends to perform which kind of action. */
final class InitiatorPool {

    private static final String USER_TYPE = "service/security/account/user";
    private static final String SERVICE_ID_TYPE = "service/security/account/serviceid";
    private static final String CONSOLE_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Firefox/125.0";
    private static final String EDGE_CLUSTER = "roks-edge-cluster";
    private static final String CLI_AGENT = "ibmcloud-cli/2.30.0";

    private static final List<String> PEOPLE = List.of("ana.silva", "bruno.costa", "chen.wei", "dana.kowalski",
            "emeka.obi", "fatima.rahman", "giulia.romano", "hiro.tanaka", "ines.garcia", "jonas.berg",
            "kavya.iyer", "liam.oconnor");
    private static final List<String> PERSONAL_CLIENTS = List.of("docker/24.0.7", "podman/4.9.3", "docker/25.0.3");

    private final Map<InitiatorRole, List<SampleInitiator>> byRole = new EnumMap<>(InitiatorRole.class);

    InitiatorPool(SampleRandom random) {
        for (String person : PEOPLE) {
            boolean cli = random.chance(0.5);
            add(new SampleInitiator("IBMid-" + random.digits(9), person + "@example.com", USER_TYPE,
                    cli && random.chance(0.3) ? "apikey" : "token", InitiatorRole.PERSON,
                    addresses(random, random.between(1, 2), random.chance(0.15)),
                    random.pick(PERSONAL_CLIENTS), cli ? CLI_AGENT : CONSOLE_AGENT));
        }
        service(random, "ci-pipeline-builder", InitiatorRole.BUILD, 2, "buildah/1.33.5", CLI_AGENT);
        service(random, "tekton-release", InitiatorRole.BUILD, 2, "docker/24.0.7", CLI_AGENT);
        service(random, "iks-prod-cluster", InitiatorRole.CLUSTER, 6, "containerd/1.7.13", CLI_AGENT);
        service(random, "iks-staging-cluster", InitiatorRole.CLUSTER, 3, "containerd/1.7.13", CLI_AGENT);
        service(random, EDGE_CLUSTER, InitiatorRole.CLUSTER, 4, "cri-o/1.28.4", CLI_AGENT);
        service(random, "va-scanner", InitiatorRole.SCANNER, 1, "skopeo/1.14.2", "Go-http-client/1.1");
        service(random, "terraform-deployer", InitiatorRole.AUTOMATION, 1, "skopeo/1.14.2",
                "Terraform/1.7.5 terraform-provider-ibm/1.63.0");
        service(random, "backup-mirror", InitiatorRole.AUTOMATION, 1, "skopeo/1.14.2", CLI_AGENT);
    }

    /** Someone pulling: mostly cluster nodes, then people and pipelines. */
    Actor puller(SampleRandom random) {
        int r = random.nextInt(100);
        InitiatorRole role = r < 62 ? InitiatorRole.CLUSTER : r < 85 ? InitiatorRole.PERSON
                : r < 95 ? InitiatorRole.BUILD : InitiatorRole.AUTOMATION;
        return dataActor(random, role);
    }

    /** Someone pushing, tagging or signing: mostly pipelines, sometimes a person. */
    Actor builder(SampleRandom random) {
        return dataActor(random, random.chance(0.72) ? InitiatorRole.BUILD : InitiatorRole.PERSON);
    }

    /** Someone reading vulnerability results. */
    Actor reviewer(SampleRandom random) {
        int r = random.nextInt(100);
        InitiatorRole role = r < 35 ? InitiatorRole.SCANNER : r < 80 ? InitiatorRole.PERSON : InitiatorRole.BUILD;
        return apiActor(random, role);
    }

    /** Someone managing the account, namespaces and policies. */
    Actor administrator(SampleRandom random) {
        return apiActor(random, random.chance(0.75) ? InitiatorRole.PERSON : InitiatorRole.AUTOMATION);
    }

    private Actor dataActor(SampleRandom random, InitiatorRole role) {
        SampleInitiator who = random.pick(byRole.get(role));
        return new Actor(who, random.pick(who.addresses()), who.dataAgent());
    }

    private Actor apiActor(SampleRandom random, InitiatorRole role) {
        SampleInitiator who = random.pick(byRole.get(role));
        return new Actor(who, random.pick(who.addresses()), who.apiAgent());
    }

    private void service(SampleRandom random, String name, InitiatorRole role, int addressCount, String dataAgent,
                         String apiAgent) {
        // The edge cluster always has an IPv6 node so every sample shows both address types.
        boolean ipv6 = name.equals(EDGE_CLUSTER) || random.chance(0.2);
        add(new SampleInitiator("iam-ServiceId-" + random.uuid(), name, SERVICE_ID_TYPE, "apikey", role,
                addresses(random, addressCount, ipv6), dataAgent, apiAgent));
    }

    private void add(SampleInitiator initiator) {
        byRole.computeIfAbsent(initiator.role(), r -> new ArrayList<>()).add(initiator);
    }

    private static List<String> addresses(SampleRandom random, int count, boolean withIpv6) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(random.documentationIpv4());
        }
        if (withIpv6) {
            out.add(random.documentationIpv6());
        }
        return List.copyOf(out);
    }
}
