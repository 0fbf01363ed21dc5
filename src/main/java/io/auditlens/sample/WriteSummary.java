package io.auditlens.sample;

import java.nio.file.Path;

/**
 * What a {@link SampleWriter} run produced: where, in which format, how many events and bytes, and how many zip
 * members or archive files.
 */
public record WriteSummary(Path path, SampleFormat format, boolean gzip, long events, long bytes, int members) {
}
