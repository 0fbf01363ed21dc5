package io.auditlens.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.auditlens.task.FailureReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns views into the bytes of a views document and back, checking that what is read really holds views. */
final class ViewJson {

    private final ObjectMapper mapper = new ObjectMapper()
            // Fields added by a later version are skipped rather than making the whole file unreadable.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    // Laid out like hand-written JSON, one value a line and "\n" on every system, so that the file is easy to edit
    // and compare.
    private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    /** The document for these views, pretty-printed with a final newline, in UTF-8. */
    byte[] write(List<SavedView> views) throws IOException {
        return (writer.writeValueAsString(ViewDocument.of(views)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The document in these bytes; {@link ViewFileFormatException} when they are not a views document. */
    ViewDocument read(byte[] bytes) throws ViewFileFormatException {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ViewFileFormatException("broken JSON: " + describe(e));
        } catch (IOException e) {
            throw new ViewFileFormatException("broken JSON: " + FailureReason.of(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new ViewFileFormatException("not a views file: expected a JSON object");
        }
        if (!tree.path("auditlensViews").canConvertToInt() || tree.get("auditlensViews").asInt() < 1) {
            throw new ViewFileFormatException("not a views file: no \"auditlensViews\" format number");
        }
        if (!tree.path("views").isArray()) {
            throw new ViewFileFormatException("not a views file: no \"views\" list");
        }
        ViewDocument doc;
        try {
            doc = mapper.treeToValue(tree, ViewDocument.class);
        } catch (JsonProcessingException e) {
            throw new ViewFileFormatException("not a views file: " + describe(e));
        }
        if (doc.views().contains(null)) {
            throw new ViewFileFormatException("not a views file: a view is null");
        }
        return doc;
    }

    // Jackson's messages run over several lines and quote the source; the user needs the first line and where.
    private static String describe(JsonProcessingException e) {
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
