package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A parser's dictionaries replaced by empty ones between chunks (as a large load does past their budget) give the
 * store the same codes, values and rows as dictionaries kept for the whole input.
 */
class ParserDictionaryRenewalTest {

    private static final int EVENTS = 3000;
    private static final int LINES_PER_CHUNK = 97;

    @Test
    void renewingTheDictionariesEveryChunkBuildsTheSameStore() {
        byte[] input = varied().getBytes(StandardCharsets.UTF_8);
        EventStore kept = load(input, Long.MAX_VALUE);
        EventStore renewed = load(input, 0);
        assertEquals(EVENTS, kept.size());
        assertEquals(kept.size(), renewed.size());
        for (EventColumn column : EventColumn.values()) {
            assertArrayEquals(kept.codes(column), renewed.codes(column), column.key());
            assertEquals(kept.dictionary(column).size(), renewed.dictionary(column).size(), column.key());
            for (int code = 1; code < kept.dictionary(column).size(); code++) {
                assertEquals(kept.dictionary(column).value(code), renewed.dictionary(column).value(code));
            }
        }
        for (int row = 0; row < kept.size(); row++) {
            assertEquals(kept.time(row), renewed.time(row));
            assertEquals(kept.offset(row), renewed.offset(row));
            assertEquals(kept.hash(row), renewed.hash(row));
        }
    }

    /** Events whose targets, tags and namespaces vary and recur, so that later chunks meet earlier values. */
    private static String varied() {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < EVENTS; n++) {
            sb.append(TestEvents.event(n).replace("1.4.2", "1." + n % 53).replace("team-web", "team-" + n % 7))
                    .append('\n');
        }
        return sb.toString();
    }

    /** Parses the input in chunks of whole lines with one parser and merges the batches in order. */
    private static EventStore load(byte[] input, long budget) {
        StoreMerger merger = new StoreMerger(16);
        LineChunkParser parser = new LineChunkParser(new JsonFactory(), new ThreadColumns(budget));
        DocumentContext doc = new DocumentContext(new FileLoad(Path.of("events.ndjson"), "events.ndjson"), 0, null);
        int from = 0;
        while (from < input.length) {
            int to = from;
            for (int lines = 0; lines < LINES_PER_CHUNK && to < input.length; to++) {
                if (input[to] == '\n') {
                    lines++;
                }
            }
            merger.merge(parser.parse(doc, input, from, to, 0));
            from = to;
        }
        return merger.build(List.of(new SourceFile(0, Path.of("events.ndjson"), "events.ndjson",
                Path.of("events.ndjson"), input.length, 0, false)));
    }
}
