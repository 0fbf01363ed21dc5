package io.auditlens.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.auditlens.task.FailureReason;

/**
 * How AuditLens reads and writes its own JSON files (views, cases, provenance): tolerant of fields a later version
 * adds, strict about trailing garbage, laid out like hand-written JSON, and with Jackson's errors cut down to one line.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** A mapper that skips fields added by a later version rather than making the whole file unreadable. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    }

    /** A writer laying JSON out one value a line with "\n" on every system, so files are easy to edit and compare. */
    public static ObjectWriter prettyWriter(ObjectMapper mapper) {
        return mapper.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    }

    /** The value as pretty-printed JSON with a final newline, in UTF-8: the bytes of one of our files. */
    public static byte[] prettyBytes(ObjectWriter writer, Object value) throws java.io.IOException {
        return (writer.writeValueAsString(value) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The JSON tree in these bytes; when they are not JSON, the exception {@code failure} makes from one line
     * saying why (the caller's wording first, then where the JSON breaks).
     */
    public static <E extends Exception> com.fasterxml.jackson.databind.JsonNode tree(ObjectMapper mapper,
            byte[] bytes, java.util.function.Function<String, E> failure) throws E {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw failure.apply(describe(e));
        } catch (java.io.IOException e) {
            throw failure.apply(FailureReason.of(e));
        }
    }

    /** One line saying what is wrong with the JSON and at which line and column. */
    public static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof IllegalArgumentException cause) {
            message = cause.getMessage();
        }
        String first = message == null ? FailureReason.of(e)
                : message.lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at .*?\\]\\)", "").strip();
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? first : first + " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")";
    }
}
