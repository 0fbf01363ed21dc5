package io.auditlens.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.auditlens.files.JsonFiles;
import io.auditlens.store.EventHash;

import java.io.IOException;

/** Turns a case into the bytes of a case file and back, checking that what is read really is a case. */
final class CaseJson {

    private final ObjectMapper mapper = JsonFiles.mapper();
    private final ObjectWriter writer = JsonFiles.prettyWriter(mapper);

    /** The case file's bytes, pretty-printed with a final newline, in UTF-8. */
    byte[] write(CaseDocument doc) throws IOException {
        return JsonFiles.prettyBytes(writer, doc);
    }

    /** The case in these bytes. */
    CaseDocument read(byte[] bytes) throws CaseFileFormatException {
        JsonNode tree = JsonFiles.tree(mapper, bytes, why -> new CaseFileFormatException("broken JSON: " + why));
        if (tree == null || !tree.isObject() || !tree.path("auditlensCase").canConvertToInt()
                || tree.get("auditlensCase").asInt() < 1) {
            throw new CaseFileFormatException("not an AuditLens case: no \"auditlensCase\" format number");
        }
        CaseDocument doc;
        try {
            doc = mapper.treeToValue(tree, CaseDocument.class);
        } catch (JsonProcessingException e) {
            throw new CaseFileFormatException("not an AuditLens case: " + JsonFiles.describe(e));
        }
        for (EventEvidence e : doc.events()) {
            if (e == null || EventHash.parse(e.event()).isEmpty()) {
                throw new CaseFileFormatException("not an AuditLens case: an event hash is not 32 hex digits");
            }
            if (hasNull(e.labels())) {
                throw new CaseFileFormatException("not an AuditLens case: a label of event " + e.event() + " is null");
            }
        }
        if (hasNull(doc.labels()) || hasNull(doc.inputs()) || hasNull(doc.history())) {
            throw new CaseFileFormatException("not an AuditLens case: a label, input or history entry is null");
        }
        return doc;
    }

    private static boolean hasNull(java.util.List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }
}
