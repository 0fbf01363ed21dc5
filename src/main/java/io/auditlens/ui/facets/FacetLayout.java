package io.auditlens.ui.facets;

import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;
import io.auditlens.event.Category;
import io.auditlens.event.CustomFields;
import io.auditlens.event.Geography;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a facet's values are arranged in the sidebar: regions under their geography with IBM's city names,
 * actions under IBM's categories with IBM's description as tooltip, outcome, severity and status in
 * their natural order. Initiator, namespace and added facets are ranked by count instead (see {@link #isRanked}).
 */
final class FacetLayout {

    /** A heading with the values under it; {@code label} is null for a facet without groups. */
    record Group(String label, List<Option> options) {
    }

    /** One value as shown: its label and an explanation for the tooltip (may be null). */
    record Option(String value, String label, String tooltip) {
    }

    private static final List<String> OUTCOME_ORDER = List.of("success", "failure", "pending");
    private static final List<String> SEVERITY_ORDER = List.of("normal", "warning", "critical");
    private static final List<String> STATUS_ORDER = List.of("OK", "WARN", "FAIL", "UNSUPPORTED", "INCOMPLETE",
            "UNSCANNED");

    private FacetLayout() {
    }

    private static final java.util.Set<Facet> FIXED = java.util.Set.of(Facet.REGION, Facet.GEO, Facet.ACTION,
            Facet.CATEGORY, Facet.OUTCOME, Facet.SEVERITY, Facet.STATUS);

    /**
     * Whether the facet shows its top values by count plus a search, rather than every value: all but the few with
     * a fixed set of values (initiator, namespace and any added facet are ranked).
     */
    static boolean isRanked(Facet facet) {
        return !FIXED.contains(facet);
    }

    /** The groups of a fixed-order facet for the values present in the data. */
    static List<Group> arrange(Facet facet, List<String> values) {
        if (!(facet instanceof BuiltInFacet builtIn)) {
            return flat(values, List.of(), v -> null);
        }
        return switch (builtIn) {
            case REGION -> regions(values);
            case ACTION -> actions(values);
            case OUTCOME -> flat(values, OUTCOME_ORDER, v -> null);
            case SEVERITY -> flat(values, SEVERITY_ORDER, v -> null);
            case STATUS -> flat(values, STATUS_ORDER,
                    v -> CustomFields.statusMeaning(v).orElse(null));
            default -> flat(values, List.of(), v -> null);
        };
    }

    /** The option for a ranked facet's value. */
    static Option plain(String value) {
        return new Option(value, value, null);
    }

    private static List<Group> regions(List<String> values) {
        Map<Geography, List<Region>> byGeography = new EnumMap<>(Geography.class);
        for (String code : values) {
            Region r = Regions.byCode(code);
            byGeography.computeIfAbsent(r.geography(), g -> new ArrayList<>()).add(r);
        }
        List<Region> seedOrder = Regions.all();
        Comparator<Region> order = Comparator.comparingInt((Region r) -> {
            int i = seedOrder.indexOf(Regions.byCode(r.code()));
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Region::code);
        List<Group> groups = new ArrayList<>();
        byGeography.forEach((geography, regions) -> {
            regions.sort(order);
            List<Option> options = regions.stream()
                    .map(r -> new Option(r.code(), regionLabel(r), null))
                    .toList();
            groups.add(new Group(geography.label(), options));
        });
        return groups;
    }

    private static String regionLabel(Region r) {
        if (r.code().equals(Regions.GLOBAL_CODE)) {
            return "Global (icr.io)";
        }
        if (r.code().equals(Regions.UNKNOWN_CODE)) {
            return "Not determined";
        }
        return r.displayName();
    }

    private static List<Group> actions(List<String> values) {
        Map<Category, List<Option>> byCategory = new EnumMap<>(Category.class);
        List<ActionInfo> catalog = ActionCatalog.all();
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt((String v) -> {
            int i = ActionCatalog.find(v).map(catalog::indexOf).orElse(-1);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.naturalOrder()));
        for (String action : sorted) {
            Option option = ActionCatalog.find(action)
                    .map(a -> new Option(action, a.shortName(), a.description() + "\n" + a.name()))
                    .orElse(new Option(action, action, "Not an action IBM's documentation lists"));
            byCategory.computeIfAbsent(ActionCatalog.categoryOf(action), c -> new ArrayList<>()).add(option);
        }
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((category, options) -> groups.add(new Group(category.label(), options)));
        return groups;
    }

    private static List<Group> flat(List<String> values, List<String> order,
                                    java.util.function.Function<String, String> tooltip) {
        Map<String, Option> options = new LinkedHashMap<>();
        for (String known : order) {
            if (values.contains(known)) {
                options.put(known, new Option(known, known, tooltip.apply(known)));
            }
        }
        values.stream().filter(v -> !options.containsKey(v)).sorted()
                .forEach(v -> options.put(v, new Option(v, v, tooltip.apply(v))));
        return List.of(new Group(null, List.copyOf(options.values())));
    }
}
