package io.auditlens.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every Container Registry action of IBM's documentation, with its category, description and event kind. */
public final class ActionCatalog {

    /** Prefix shared by every Container Registry action name. */
    public static final String SERVICE_PREFIX = "container-registry.";

    private static final List<ActionInfo> ACTIONS = List.of(
            account("auth.get", "Check whether the use of public connections is prevented for image pushes or pulls in your account."),
            account("auth.set", "Prevent or allow image pulls or pushes over public network connections for your account."),
            account("plan.get", "Display information about the current pricing plan."),
            account("plan.set", "Upgrade to the standard plan."),
            account("quota.get", "Display the current quotas for traffic and storage, and the usage information against those quotas."),
            account("quota.set", "Modify the quotas. Quota settings must be managed separately for your account in each registry instance. You can set quota limits for storage in your free or standard plan."),
            account("settings.get", "Get registry service settings for the targeted account, such as whether platform metrics are enabled."),
            account("settings.set", "Update registry service settings for the targeted account, such as enabling platform metrics."),
            management("image.inspect", "Display details about an image."),
            management("image.list", "List the images in your IBM account."),
            management("image.tag", "Add a tag that refers to a pre-existing Container Registry image."),
            management("image.untag", "Remove a tag, or tags, from each specified image in Container Registry."),
            management("manifest.inspect", "View the contents of the manifest for an image."),
            management("retention.analyze", "List the images that are deleted if you apply a specific retention policy."),
            management("retention.list", "List the image retention policies for your account."),
            management("retention.set", "Set a policy to retain images in a namespace in Container Registry by applying specified criteria."),
            management("trash.list", "Display all the images in the trash in your IBM Cloud account."),
            management("trash.restore", "Restore a deleted image from the trash. If the deleted image is signed, the signature is restored too."),
            data("image.bulkdelete", "Delete multiple images from Container Registry. If the image is signed, the signature is deleted as well."),
            data("image.delete", "Delete an image from Container Registry. If the image is signed, the signature is deleted as well."),
            data("image.pull", "Pull an image from Container Registry."),
            data("image.push", "Push an image to Container Registry."),
            data("signature.delete", "Delete a signature from an image in Container Registry."),
            data("signature.read", "Read a signature from an image in Container Registry."),
            data("signature.write", "Write a signature to an image in Container Registry."),
            namespace("namespace.create", "Create a namespace in Container Registry."),
            namespace("namespace.delete", "Delete a namespace from Container Registry."),
            namespace("namespace.list", "List the Container Registry namespaces in your IBM account."),
            vulnerability("account-vulnerability-report.list", "View the Vulnerability Advisor reports for images in your Container Registry account."),
            vulnerability("account-vulnerability-status.list", "View Vulnerability Advisor security status for images in your Container Registry account."),
            vulnerability("image-vulnerability-report.read", "View the Vulnerability Advisor report for an image in Container Registry."),
            vulnerability("image-vulnerability-status.read", "View the Vulnerability Advisor security status for an image in Container Registry."),
            vulnerability("exemption.create", "Create a Vulnerability Advisor exemption."),
            vulnerability("exemption.delete", "Delete a Vulnerability Advisor exemption."));

    private static final Map<String, ActionInfo> BY_NAME = index();

    private ActionCatalog() {
    }

    /** All catalogued actions in the order IBM's documentation gives. */
    public static List<ActionInfo> all() {
        return ACTIONS;
    }

    /** The catalog entry for a full or short action name, ignoring case. */
    public static Optional<ActionInfo> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT);
        ActionInfo info = BY_NAME.get(key);
        if (info == null && !key.startsWith(SERVICE_PREFIX)) {
            info = BY_NAME.get(SERVICE_PREFIX + key);
        }
        return Optional.ofNullable(info);
    }

    /** The category of an action name; {@link Category#OTHER} when the action is not catalogued. */
    public static Category categoryOf(String name) {
        return find(name).map(ActionInfo::category).orElse(Category.OTHER);
    }

    /** Expands a short action name such as {@code image.pull} to its full catalogued name; others unchanged. */
    public static String fullName(String name) {
        return find(name).map(ActionInfo::name).orElse(name);
    }

    private static Map<String, ActionInfo> index() {
        Map<String, ActionInfo> map = new LinkedHashMap<>();
        for (ActionInfo a : ACTIONS) {
            map.put(a.name(), a);
        }
        return Map.copyOf(map);
    }

    private static ActionInfo account(String shortName, String description) {
        return new ActionInfo(SERVICE_PREFIX + shortName, Category.ACCOUNT, description, false);
    }

    private static ActionInfo management(String shortName, String description) {
        return new ActionInfo(SERVICE_PREFIX + shortName, Category.IMAGE_MANAGEMENT, description, false);
    }

    private static ActionInfo data(String shortName, String description) {
        return new ActionInfo(SERVICE_PREFIX + shortName, Category.IMAGE_DATA, description, true);
    }

    private static ActionInfo namespace(String shortName, String description) {
        return new ActionInfo(SERVICE_PREFIX + shortName, Category.NAMESPACE, description, false);
    }

    private static ActionInfo vulnerability(String shortName, String description) {
        return new ActionInfo(SERVICE_PREFIX + shortName, Category.VULNERABILITY, description, false);
    }
}
