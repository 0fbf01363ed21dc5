package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a document that is a sequence of (possibly pretty-printed) JSON values. Such a document cannot be split at
 * line ends, so it is parsed on one thread; a syntax error ends it, keeping the events before it. (A JSON array is
 * split into its elements by {@link JsonArrayReader} instead.)
 */
final class JsonSequenceReader {

    private static final int BATCH_SIZE = 8192;

    private final JsonFactory factory;
    private final EventExtractor extractor;
    private ThreadColumns columns = new ThreadColumns();

    JsonSequenceReader(JsonFactory factory) {
        this.factory = factory;
        this.extractor = new EventExtractor(factory);
    }

    /**
     * Reads {@code in}, whose first byte is at {@code rawBase} in the raw file, handing full batches to
     * {@code sink} in order.
     */
    void read(DocumentContext doc, InputStream in, long rawBase, Consumer<EventBatch> sink) {
        columns = columns.renewedWhenFull();
        EventBatch batch = new EventBatch(doc, BATCH_SIZE, true, columns);
        int line = 1;
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            while (t != null) {
                line = p.currentTokenLocation().getLineNr();
                long start = p.currentTokenLocation().getByteOffset();
                if (t != JsonToken.START_OBJECT) {
                    batch.reject(line, "not a JSON object");
                    p.skipChildren();
                } else if (!extractor.readRecord(p)) {
                    batch.reject(line, extractor.rejection());
                } else {
                    batch.accept(extractor, start, p.currentLocation().getByteOffset(), rawBase, line);
                }
                if (batch.count + batch.rejections.size() >= BATCH_SIZE) {
                    sink.accept(batch.seal());
                    columns = columns.renewedWhenFull();
                    batch = new EventBatch(doc, BATCH_SIZE, true, columns);
                }
                t = p.nextToken();
            }
        } catch (IOException | RuntimeException e) {
            int errLine = line;
            String where = "";
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                errLine = jpe.getLocation().getLineNr();
                where = " at line " + errLine + ", column " + jpe.getLocation().getColumnNr();
            }
            batch.reject(errLine, "broken JSON" + where + ", the rest of the document is not read: "
                    + LineRejections.describe(e));
        }
        sink.accept(batch.seal());
    }
}
