package io.auditlens.ui.facets;

import io.auditlens.query.Facet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FacetLayoutTest {

    @Test
    void regionsAreGroupedByGeographyWithCityNames() {
        List<FacetLayout.Group> groups = FacetLayout.arrange(Facet.REGION,
                List.of("eu-de", "us-south", "global", "jp-tok", "unknown", "us-east"));

        assertEquals(List.of("Americas", "Asia Pacific", "Europe", "Global", "Unknown"),
                groups.stream().map(FacetLayout.Group::label).toList());
        assertEquals(List.of("Dallas (us-south)", "Washington DC (us-east)"),
                groups.get(0).options().stream().map(FacetLayout.Option::label).toList());
    }

    @Test
    void actionsAreGroupedBySeedCategoryWithTheSeedDescription() {
        List<FacetLayout.Group> groups = FacetLayout.arrange(Facet.ACTION, List.of(
                "container-registry.image.push", "container-registry.quota.get", "container-registry.image.pull",
                "container-registry.brand.new"));

        assertEquals(List.of("Account management", "Image data", "Other"),
                groups.stream().map(FacetLayout.Group::label).toList());
        FacetLayout.Option pull = groups.get(1).options().get(0);
        assertEquals("image.pull", pull.label());
        assertTrue(pull.tooltip().startsWith("Pull an image from Container Registry."));
    }

    @Test
    void statusesFollowTheSeedOrder() {
        List<FacetLayout.Group> groups = FacetLayout.arrange(Facet.STATUS, List.of("UNSCANNED", "FAIL", "OK"));
        assertEquals(List.of("OK", "FAIL", "UNSCANNED"),
                groups.get(0).options().stream().map(FacetLayout.Option::value).toList());
    }
}
