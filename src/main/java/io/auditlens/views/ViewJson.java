package io.auditlens.views;

import io.auditlens.files.JsonFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.auditlens.task.FailureReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns views into the bytes of a views document and back, checking that what is read really holds views. */
final class ViewJson {

    private final ObjectMapper mapper = JsonFiles.mapper();
    private final ObjectWriter writer = JsonFiles.prettyWriter(mapper);

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

    private static String describe(JsonProcessingException e) {
        return JsonFiles.describe(e);
    }
}
