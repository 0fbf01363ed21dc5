package io.auditlens.detail;

import java.util.List;
import java.util.Optional;

/**
 * One node of an event's JSON shown as a tree: its key, its value as text (empty for objects and arrays), its
 * JSON type, its dotted path from the event root, and IBM's explanation when it is a custom field.
 */
public record JsonTreeNode(String key, String value, String type, String path, String explanation,
                           List<JsonTreeNode> children) {

    /** Type shown for a string whose text was parsed as JSON and is shown as a tree below it. */
    public static final String JSON_IN_STRING = "string (JSON)";

    public JsonTreeNode {
        children = List.copyOf(children);
    }

    /** Whether IBM documents this field as a Container Registry custom field. */
    public boolean isCustomField() {
        return explanation != null;
    }

    /** The direct child with a key, if any. */
    public Optional<JsonTreeNode> child(String childKey) {
        return children.stream().filter(c -> c.key.equals(childKey)).findFirst();
    }
}
