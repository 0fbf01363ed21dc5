package io.auditlens.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The JSON both {@code views.json} and exported files hold: {@code {"auditlensViews": 1, "views": [...]}}. The
 * number is the format, so that a later version can tell what it reads.
 */
@JsonPropertyOrder({"auditlensViews", "views"})
record ViewDocument(@JsonProperty("auditlensViews") Integer format, List<SavedView> views) {

    /** The format this version writes. */
    static final int FORMAT = 1;

    static ViewDocument of(List<SavedView> views) {
        return new ViewDocument(FORMAT, views);
    }
}
