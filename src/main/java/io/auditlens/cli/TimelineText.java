package io.auditlens.cli;

import io.auditlens.event.EventTime;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.StatusChange;
import io.auditlens.timeline.TimelinePoint;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The readable form of {@code timeline}: the digest's life in a few lines, then its events in time order. */
final class TimelineText {

    private static final List<String> HEADINGS = List.of("time", "lane", "action", "outcome", "tag", "status",
            "initiator", "region");
    private static final EventColumn[] COLUMNS = {EventColumn.ACTION, EventColumn.OUTCOME, EventColumn.TAG,
        EventColumn.STATUS, EventColumn.INITIATOR_NAME, EventColumn.REGION};

    private TimelineText() {
    }

    static void write(PrintWriter out, EventStore store, DigestTimeline tl) {
        out.println("Digest        " + tl.digest());
        out.println("Repositories  " + listed(tl.repositories()));
        out.println("Tags          " + listed(tl.tags()));
        out.printf("Events        %,d from %s to %s%n", tl.size(), EventTime.format(tl.firstSeen()),
                EventTime.format(tl.lastSeen()));
        out.println("First push    " + moment(tl.firstPush()));
        out.println("Last pull     " + moment(tl.lastPull()));
        out.println("Deletion      " + moment(tl.deletion()));
        StringBuilder statuses = new StringBuilder();
        for (StatusChange c : tl.statusChanges()) {
            statuses.append(statuses.length() == 0 ? "" : " -> ").append(c.to())
                    .append(" (").append(EventTime.format(c.time())).append(')');
        }
        out.println("Status        " + (statuses.length() == 0 ? "-" : statuses));
        out.println();
        TextTable.print(out, HEADINGS, tl.size(), (r, c) -> switch (c) {
            case 0 -> EventTime.format(tl.time(r));
            case 1 -> tl.lane(r).label();
            default -> store.value(COLUMNS[c - 2], tl.row(r));
        });
        out.flush();
    }

    private static String listed(List<String> values) {
        return values.isEmpty() ? "-" : String.join(", ", values);
    }

    private static String moment(Optional<TimelinePoint> point) {
        return point.map(p -> EventTime.format(p.time())).orElse("-");
    }
}
