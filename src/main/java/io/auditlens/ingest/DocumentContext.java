package io.auditlens.ingest;

/**
 * One stream of records being loaded: a plain file, a decompressed gzip, or one zip member.
 * Its batches are merged in order, and it numbers their lines as they arrive.
 */
final class DocumentContext {

    final FileLoad file;
    final int sourceId;
    /** Zip member name, or null for a file that is itself the document. */
    final String member;
    private int linesSoFar;

    DocumentContext(FileLoad file, int sourceId, String member) {
        this.file = file;
        this.sourceId = sourceId;
        this.member = member;
    }

    /** The absolute line of a batch-local line, given the batch's place in the document. */
    int absoluteLine(EventBatch batch, int localLine) {
        return batch.absoluteLines ? localLine : linesSoFar + localLine;
    }

    /** Moves past a merged batch. */
    void advance(EventBatch batch) {
        linesSoFar += batch.lineCount;
    }

    /** Prefixes a reason with the member name when the document is a zip member. */
    String describe(String reason) {
        return member == null ? reason : member + ": " + reason;
    }
}
