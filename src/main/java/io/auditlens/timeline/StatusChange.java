package io.auditlens.timeline;

/**
 * A vulnerability status read that reported a different status than the read before it.
 *
 * @param row  the store row of the read
 * @param time its time, epoch milliseconds UTC
 * @param from the previous status, null for the first read
 * @param to   the status reported
 */
public record StatusChange(int row, long time, String from, String to) {
}
