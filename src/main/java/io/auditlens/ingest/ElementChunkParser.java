package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Parses a chunk of whole elements of a JSON array, cut and blanked by {@link ArrayElementScan}, into an
 * {@link EventBatch}. One parser reads element after element; an element that does not parse is rejected and
 * parsing goes on after it. Lines are numbered from 1 within the chunk, the chunk's first line being the one it
 * starts on.
 */
final class ElementChunkParser {

    private final JsonFactory factory;
    private final EventExtractor extractor;

    ElementChunkParser(JsonFactory factory, EventExtractor extractor) {
        this.factory = factory;
        this.extractor = extractor;
    }

    /**
     * Parses {@code buf[from, to)}, whose first byte sits at {@code rawBase + from} in the raw file, encoding values
     * into {@code columns}.
     */
    EventBatch parse(DocumentContext doc, byte[] buf, int from, int to, long rawBase, ThreadColumns columns) {
        EventBatch batch = new EventBatch(doc, (to - from) / 1200, false, columns);
        int pos = from;
        while (pos < to) {
            pos = streamElements(batch, buf, pos, to, rawBase, LineChunkParser.countNewlines(buf, from, pos));
        }
        // A chunk ends between two elements, often within a line: the next chunk's first line is this one's last.
        batch.lineCount = LineChunkParser.countNewlines(buf, from, to);
        return batch.seal();
    }

    /** Reads elements from {@code pos}; returns {@code to} when done, or where to go on after a broken element. */
    private int streamElements(EventBatch batch, byte[] buf, int pos, int to, long rawBase, int lineBase) {
        int elementStart = -1;
        int handled = pos;
        try (JsonParser p = factory.createParser(buf, pos, to - pos)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                elementStart = pos + (int) at.getByteOffset();
                int line = lineBase + at.getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    batch.reject(line, "not a JSON object");
                } else if (!extractor.readRecord(p)) {
                    batch.reject(line, extractor.rejection());
                } else {
                    batch.accept(extractor, at.getByteOffset(), p.currentLocation().getByteOffset(), rawBase + pos, line);
                }
                elementStart = -1;
                handled = pos + (int) p.currentLocation().getByteOffset();
            }
            return to;
        } catch (IOException | RuntimeException e) {
            int failed = elementStart >= 0 ? elementStart : firstNonBlank(buf, handled, to);
            int line = lineBase + errorLine(e, LineChunkParser.countNewlines(buf, pos, failed) + 1);
            batch.reject(line, "broken JSON, the element is not read: " + LineRejections.describe(e));
            return Math.max(failed + 1, ArrayElementScan.valueEnd(buf, failed, to));
        }
    }

    /** The parser's line of the failure, or {@code fallback} when it names none. */
    private static int errorLine(Exception e, int fallback) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
            return jpe.getLocation().getLineNr();
        }
        return fallback;
    }

    private static int firstNonBlank(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && ArrayElementScan.isBlank(buf[i])) {
            i++;
        }
        return i;
    }
}
