package io.auditlens.evidence;

import java.util.Objects;

/**
 * One label on one event, with who put it there and when.
 *
 * @param label the label's name
 * @param by    the operating-system user name
 * @param at    UTC time, ISO-8601 with milliseconds
 */
public record LabelMark(String label, String by, String at) {

    public LabelMark {
        Objects.requireNonNull(label, "label");
        by = by == null ? "" : by;
        at = at == null ? "" : at;
    }
}
