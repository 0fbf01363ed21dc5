package io.auditlens.timeline;

import java.util.List;

/**
 * One line of the digest list.
 *
 * @param digest     {@code sha256:} and 64 hex digits, lower case
 * @param repository the repository of the digest's latest event that names one, or null
 * @param tags       tags it was seen under, sorted ignoring case
 * @param events     number of its events in the selection
 * @param firstSeen  time of its first event, epoch milliseconds UTC
 * @param lastSeen   time of its last event
 * @param regions    region codes of its events, sorted
 * @param lastStatus the vulnerability status of its latest event that reports one, or null
 */
public record DigestSummary(String digest, String repository, List<String> tags, long events, long firstSeen,
                            long lastSeen, List<String> regions, String lastStatus) {

    public DigestSummary {
        tags = List.copyOf(tags);
        regions = List.copyOf(regions);
    }
}
