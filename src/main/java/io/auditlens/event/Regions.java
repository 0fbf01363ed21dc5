package io.auditlens.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** IBM's locations, the {@code global} pseudo-location and {@code unknown}, with the registry host rule. */
public final class Regions {

    /** Code given to events whose region cannot be determined. */
    public static final String UNKNOWN_CODE = "unknown";
    /** Code of the global registry {@code icr.io}. */
    public static final String GLOBAL_CODE = "global";

    private static final List<Region> ALL = List.of(
            new Region("us-south", "Dallas", Geography.AMERICAS),
            new Region("us-east", "Washington DC", Geography.AMERICAS),
            new Region("br-sao", "Sao Paulo", Geography.AMERICAS),
            new Region("ca-mon", "Montreal", Geography.AMERICAS),
            new Region("ca-tor", "Toronto", Geography.AMERICAS),
            new Region("in-che", "Chennai - Airtel", Geography.ASIA_PACIFIC),
            new Region("jp-osa", "Osaka", Geography.ASIA_PACIFIC),
            new Region("au-syd", "Sydney", Geography.ASIA_PACIFIC),
            new Region("jp-tok", "Tokyo", Geography.ASIA_PACIFIC),
            new Region("eu-de", "Frankfurt", Geography.EUROPE),
            new Region("eu-gb", "London", Geography.EUROPE),
            new Region("eu-es", "Madrid", Geography.EUROPE),
            new Region(GLOBAL_CODE, "Global", Geography.GLOBAL));

    private static final Region UNKNOWN = new Region(UNKNOWN_CODE, "", Geography.UNKNOWN);

    private static final Map<String, String> REGISTRY_HOSTS = Map.of(
            "icr.io", GLOBAL_CODE,
            "us.icr.io", "us-south",
            "br.icr.io", "br-sao",
            "ca.icr.io", "ca-tor",
            "jp.icr.io", "jp-tok",
            "jp2.icr.io", "jp-osa",
            "au.icr.io", "au-syd",
            "de.icr.io", "eu-de",
            "uk.icr.io", "eu-gb",
            "es.icr.io", "eu-es");

    private static final Map<String, Region> BY_CODE = index();

    private Regions() {
    }

    /** IBM's twelve locations and global, in the order IBM's documentation gives. */
    public static List<Region> all() {
        return ALL;
    }

    /** The region for a code; an uncatalogued code gets an entry with no city in geography Unknown. */
    public static Region byCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        Region r = BY_CODE.get(code.toLowerCase(Locale.ROOT));
        return r != null ? r : new Region(code, "", Geography.UNKNOWN);
    }

    /** Whether the code is one of IBM's locations or global. */
    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code.toLowerCase(Locale.ROOT));
    }

    /** IBM's registry hosts with the region code each serves, sorted by host so iteration is stable. */
    public static Map<String, String> registryHosts() {
        return Collections.unmodifiableMap(new TreeMap<>(REGISTRY_HOSTS));
    }

    /** The region code of a registry host such as {@code de.icr.io}, if it is one of IBM's registry hosts. */
    public static Optional<String> ofRegistryHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        String code = REGISTRY_HOSTS.get(h);
        if (code == null && h.startsWith("private.")) {
            code = REGISTRY_HOSTS.get(h.substring("private.".length()));
        }
        return Optional.ofNullable(code);
    }

    /**
     * Applies the region rule: the location of {@code logSourceCRN}, else of a CRN in {@code target.id},
     * else the registry host of {@code target.name}, else {@code unknown}.
     */
    public static String resolve(String logSourceCrn, String targetId, String targetName) {
        String loc = Crn.location(logSourceCrn);
        if (loc == null) {
            loc = Crn.location(targetId);
        }
        if (loc == null && targetName != null) {
            loc = ofRegistryHost(ImageRef.hostOf(targetName)).orElse(null);
        }
        return loc == null ? UNKNOWN_CODE : loc.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Region> index() {
        Map<String, Region> map = new LinkedHashMap<>();
        for (Region r : ALL) {
            map.put(r.code(), r);
        }
        map.put(UNKNOWN_CODE, UNKNOWN);
        return Map.copyOf(map);
    }
}
