package io.auditlens.ui.views;

import io.auditlens.query.EventField;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SortKey;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.query.Facet;
import io.auditlens.query.TimeRange;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewSort;
import io.auditlens.views.ViewTimeRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ViewRequestsTest {

    @Test
    void aRequestSurvivesTheTripThroughAView() throws Exception {
        SelectionRequest request = SelectionRequest.ALL.withQuery("action:image.pull")
                .withPick(Facet.REGION, "eu-de", true).withPick(Facet.REGION, "jp-tok", true)
                .withRange(new TimeRange(1_000, 2_000))
                .withSort(new SortKey(EventField.INITIATOR, false));
        List<EventTableColumn> columns = List.of(EventTableColumn.TIME, EventTableColumn.ACTION);

        SavedView view = ViewRequests.toView("Pulls", request, columns);

        assertEquals(Map.of("region", Set.of("eu-de", "jp-tok")), view.picks());
        assertEquals(new ViewTimeRange(1_000L, 2_000L), view.timeRange());
        assertEquals(List.of("time", "action"), view.columns());
        assertEquals(new ViewSort("initiator", true), view.sort());
        assertEquals(request, ViewRequests.toRequest(view));
        assertEquals(columns, ViewRequests.columns(view));
    }

    @Test
    void theDefaultColumnsAreSavedAsTheDefaultAndEveryColumnByName() throws Exception {
        SavedView view = ViewRequests.toView("Default", SelectionRequest.ALL, EventTableColumn.defaults());
        SavedView all = ViewRequests.toView("All", SelectionRequest.ALL, List.of(EventTableColumn.values()));

        assertEquals(List.of(), view.columns());
        assertEquals(EventTableColumn.defaults(), ViewRequests.columns(view));
        assertEquals(EventTableColumn.values().length, all.columns().size());
        assertEquals(List.of(EventTableColumn.values()), ViewRequests.columns(all));
    }

    @Test
    void aViewWithoutSortOrKnownColumnsShowsTheDefaults() throws Exception {
        SavedView view = new SavedView("Odd", "outcome:failure", Map.of(), ViewTimeRange.ALL,
                List.of("no-such-column"), null);

        SelectionRequest request = ViewRequests.toRequest(view);

        assertEquals("outcome:failure", request.query());
        assertEquals(SortKey.TIME_ASCENDING, request.sort());
        assertEquals(EventTableColumn.defaults(), ViewRequests.columns(view));
    }

    @Test
    void aQueryThatDoesNotParseCannotBeSavedOrApplied() {
        assertThrows(io.auditlens.query.QuerySyntaxException.class, () -> ViewRequests.toView("Broken",
                SelectionRequest.ALL.withQuery("region:eu-de OR"), List.of(EventTableColumn.values())));
        assertThrows(ViewRefusedException.class, () -> ViewRequests.toRequest(SavedView.ofQuery("Broken", "(")));
    }
}
