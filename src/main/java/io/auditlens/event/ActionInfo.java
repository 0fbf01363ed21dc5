package io.auditlens.event;

/** One Container Registry action as IBM's documentation lists it. */
public record ActionInfo(String name, Category category, String description, boolean dataEvent) {

    /** The name without the {@code container-registry.} service prefix, e.g. {@code image.pull}. */
    public String shortName() {
        return name.startsWith(ActionCatalog.SERVICE_PREFIX) ? name.substring(ActionCatalog.SERVICE_PREFIX.length()) : name;
    }

    /** The verb after the last dot, e.g. {@code pull}. */
    public String verb() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
