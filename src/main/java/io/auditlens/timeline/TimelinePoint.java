package io.auditlens.timeline;

/** One event on a timeline: its store row and time (epoch milliseconds UTC). */
public record TimelinePoint(int row, long time) {
}
