package io.auditlens.sample;

import io.auditlens.event.Region;
import io.auditlens.event.Regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one IBM Cloud account the sample events belong to, with its resource groups and registry locations. */
record SampleAccount(String id, List<String> resourceGroupCrns, WeightedChoice<RegistryLocation> locationMix,
                     List<RegistryLocation> locations) {

    /*
     * Hosts for locations that have no registry of their own in the region rule: their images live in
     * a nearby registry. Events still name the location in logSourceCRN, which the rule reads first.
     */
    private static final Map<String, String> NEARBY_HOSTS = Map.of("us-east", "us.icr.io", "ca-mon", "ca.icr.io");
    private static final String FALLBACK_HOST = "icr.io";

    /* How busy each location is; unlisted locations get a small share so every one still appears. */
    private static final Map<String, Integer> LOCATION_WEIGHTS = Map.ofEntries(
            Map.entry("us-south", 24), Map.entry("us-east", 6), Map.entry("br-sao", 4), Map.entry("ca-mon", 3),
            Map.entry("ca-tor", 6), Map.entry("in-che", 2), Map.entry("jp-osa", 4), Map.entry("au-syd", 6),
            Map.entry("jp-tok", 8), Map.entry("eu-de", 16), Map.entry("eu-gb", 10), Map.entry("eu-es", 5),
            Map.entry("global", 6));

    static SampleAccount create(SampleRandom random) {
        String id = random.hex(32);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            groups.add("crn:v1:bluemix:public:resource-controller::a/" + id + "::resource-group:" + random.hex(32));
        }
        Map<String, String> hostToCode = Regions.registryHosts();
        List<RegistryLocation> locations = new ArrayList<>();
        WeightedChoice.Builder<RegistryLocation> mix = WeightedChoice.builder();
        for (Region region : Regions.all()) {
            String code = region.code();
            RegistryLocation location = new RegistryLocation(code, hostFor(code, hostToCode),
                    "crn:v1:bluemix:public:container-registry:" + code + ":a/" + id + "::");
            locations.add(location);
            mix.add(location, LOCATION_WEIGHTS.getOrDefault(code, 2));
        }
        return new SampleAccount(id, List.copyOf(groups), mix.build(), List.copyOf(locations));
    }

    RegistryLocation pickLocation(SampleRandom random) {
        return locationMix.pick(random);
    }

    private static String hostFor(String code, Map<String, String> hostToCode) {
        for (Map.Entry<String, String> e : hostToCode.entrySet()) {
            if (e.getValue().equals(code)) {
                return e.getKey();
            }
        }
        return NEARBY_HOSTS.getOrDefault(code, FALLBACK_HOST);
    }
}
