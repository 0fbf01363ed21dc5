package io.auditlens.store;

import java.nio.file.Path;

/**
 * A file events were read from. {@code rawPath} holds the bytes that raw offsets point into: the input itself,
 * or a private decompressed copy of a gzip or zip input. Size and modification time of the input are kept so
 * that a later change to it can be detected before raw bytes are shown.
 */
public record SourceFile(int id, Path input, String displayPath, Path rawPath, long inputSize, long inputModified,
                         boolean decompressedCopy) {
}
