package io.auditlens.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated event: its JSON object plus the facts the output wrappers need without re-reading it
 * ({@code epochMillis} is the time its {@code eventTime} text denotes).
 */
public record GeneratedEvent(long index, long epochMillis, String region, String severity, ObjectNode json) {
}
