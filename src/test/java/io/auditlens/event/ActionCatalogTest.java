package io.auditlens.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionCatalogTest {

    /** IBM's tables, row by row: action, category id. */
    @ParameterizedTest
    @CsvSource({
            "container-registry.auth.get, account",
            "container-registry.auth.set, account",
            "container-registry.plan.get, account",
            "container-registry.plan.set, account",
            "container-registry.quota.get, account",
            "container-registry.quota.set, account",
            "container-registry.settings.get, account",
            "container-registry.settings.set, account",
            "container-registry.image.inspect, image-management",
            "container-registry.image.list, image-management",
            "container-registry.image.tag, image-management",
            "container-registry.image.untag, image-management",
            "container-registry.manifest.inspect, image-management",
            "container-registry.retention.analyze, image-management",
            "container-registry.retention.list, image-management",
            "container-registry.retention.set, image-management",
            "container-registry.trash.list, image-management",
            "container-registry.trash.restore, image-management",
            "container-registry.image.bulkdelete, image-data",
            "container-registry.image.delete, image-data",
            "container-registry.image.pull, image-data",
            "container-registry.image.push, image-data",
            "container-registry.signature.delete, image-data",
            "container-registry.signature.read, image-data",
            "container-registry.signature.write, image-data",
            "container-registry.namespace.create, namespace",
            "container-registry.namespace.delete, namespace",
            "container-registry.namespace.list, namespace",
            "container-registry.account-vulnerability-report.list, vulnerability",
            "container-registry.account-vulnerability-status.list, vulnerability",
            "container-registry.image-vulnerability-report.read, vulnerability",
            "container-registry.image-vulnerability-status.read, vulnerability",
            "container-registry.exemption.create, vulnerability",
            "container-registry.exemption.delete, vulnerability",
    })
    void everySeedActionIsCataloguedWithItsCategory(String action, String category) {
        ActionInfo info = ActionCatalog.find(action).orElseThrow();
        assertEquals(action, info.name());
        assertEquals(category, info.category().id());
        assertEquals(info.category(), ActionCatalog.categoryOf(action));
        assertFalse(info.description().isBlank());
    }

    @Test
    void thereAreThirtyFourActionsInTheSeedsGroups() {
        assertEquals(34, ActionCatalog.all().size());
        Map<String, Long> perCategory = ActionCatalog.all().stream()
                .collect(Collectors.groupingBy(a -> a.category().id(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("account", 8L, "image-management", 10L, "image-data", 7L, "namespace", 3L,
                "vulnerability", 6L), perCategory);
        assertEquals(34, ActionCatalog.all().stream().map(ActionInfo::name).distinct().count());
    }

    @Test
    void dataEventsAreExactlyTheSevenImageDataActions() {
        Set<String> data = ActionCatalog.all().stream().filter(ActionInfo::dataEvent).map(ActionInfo::shortName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("image.bulkdelete", "image.delete", "image.pull", "image.push", "signature.delete",
                "signature.read", "signature.write"), data);
        for (ActionInfo a : ActionCatalog.all()) {
            assertEquals(a.category() == Category.IMAGE_DATA, a.dataEvent(), a.name());
        }
    }

    @Test
    void shortNamesAndAnyCaseFindTheAction() {
        ActionInfo pull = ActionCatalog.find("image.pull").orElseThrow();
        assertEquals("container-registry.image.pull", pull.name());
        assertEquals("image.pull", pull.shortName());
        assertEquals("pull", pull.verb());
        assertEquals(pull, ActionCatalog.find("CONTAINER-REGISTRY.Image.Pull").orElseThrow());
        assertEquals(pull, ActionCatalog.find("Image.PULL").orElseThrow());
        assertEquals("container-registry.image.pull", ActionCatalog.fullName("image.pull"));
        assertEquals("container-registry.exemption.create", ActionCatalog.fullName("exemption.create"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"container-registry.image.frobnicate", "iam-identity.apikey.create", "image", "", " "})
    void unknownActionsAreOther(String action) {
        assertTrue(ActionCatalog.find(action).isEmpty());
        assertEquals(Category.OTHER, ActionCatalog.categoryOf(action));
        assertEquals(action, ActionCatalog.fullName(action), "unknown names are kept as they are");
    }

    @Test
    void nullIsNotAnAction() {
        assertTrue(ActionCatalog.find(null).isEmpty());
        assertEquals(Category.OTHER, ActionCatalog.categoryOf(null));
    }

    @Test
    void descriptionsAreTheSeeds() {
        assertEquals("Pull an image from Container Registry.", ActionCatalog.find("image.pull").orElseThrow().description());
        assertEquals("Upgrade to the standard plan.", ActionCatalog.find("plan.set").orElseThrow().description());
        assertEquals("Delete a Vulnerability Advisor exemption.",
                ActionCatalog.find("exemption.delete").orElseThrow().description());
    }

    @Test
    void categoriesHaveTheSeedsLabelsAndAreFoundByIdOrLabel() {
        assertEquals(List.of("Account management", "Image management", "Image data", "Namespaces", "Vulnerabilities",
                "Other"), List.of(Category.values()).stream().map(Category::label).toList());
        for (Category c : Category.values()) {
            assertEquals(c, Category.byId(c.id()));
            assertEquals(c, Category.byId(c.label().toUpperCase()));
        }
        assertEquals(null, Category.byId("nope"));
    }
}
