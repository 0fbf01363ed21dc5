package io.auditlens.detail;

import java.util.List;

/**
 * Everything the detail pane shows about one event: a sentence in plain words, the initiator and target fields,
 * the requestData and responseData trees (null when the event has none), and the event's JSON pretty-printed and
 * as it was read.
 */
public record EventDetail(String headline, List<Field> initiator, List<Field> target, JsonTreeNode requestData,
                          JsonTreeNode responseData, String prettyJson, String originalJson) {

    /** A flattened field such as {@code host.address}, with its value as text. */
    public record Field(String name, String value) {
    }

    public EventDetail {
        initiator = List.copyOf(initiator);
        target = List.copyOf(target);
    }
}
