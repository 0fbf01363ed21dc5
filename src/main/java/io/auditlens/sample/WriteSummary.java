package io.auditlens.sample;

import java.nio.file.Path;

/** What a {@link SampleWriter} run produced: where, in which format, how many events and bytes, how many zip members. */
public record WriteSummary(Path path, SampleFormat format, boolean gzip, long events, long bytes, int members) {
}
