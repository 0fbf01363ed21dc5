package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.auditlens.task.FailureReason;

/** Turns parser failures into the one-line reasons shown for rejected lines. */
final class LineRejections {

    private static final int MAX_REASON = 200;

    private LineRejections() {
    }

    /** A short, single-line description of why parsing failed. */
    static String describe(Throwable e) {
        String msg;
        if (e instanceof StreamConstraintsException sce) {
            msg = "too large or too deeply nested: " + sce.getOriginalMessage();
        } else if (e instanceof JsonProcessingException jpe) {
            msg = jpe.getOriginalMessage();
        } else {
            msg = FailureReason.of(e);
        }
        return oneLine(msg);
    }

    /** Like {@link #describe} but names the column of the failure; the line starts at parser offset {@code lineStartOffset}. */
    static String describeAt(Throwable e, long lineStartOffset) {
        String reason = describe(e);
        if (e instanceof JsonProcessingException jpe && !(e instanceof StreamConstraintsException)) {
            JsonLocation loc = jpe.getLocation();
            if (loc != null && loc.getByteOffset() >= 0) {
                return "broken JSON at column " + (loc.getByteOffset() - lineStartOffset + 1) + ": " + reason;
            }
            return "broken JSON: " + reason;
        }
        return reason;
    }

    /** Collapses a message to one line of bounded length. */
    static String oneLine(String msg) {
        String s = msg.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?").trim();
        return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) + "..." : s;
    }
}
