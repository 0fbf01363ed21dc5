package io.auditlens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.auditlens.files.JsonFiles;

import java.io.IOException;

/** Turns a provenance record into the bytes of its sidecar and back, checking what is read. */
final class ProvenanceJson {

    private final ObjectMapper mapper = JsonFiles.mapper();
    private final ObjectWriter writer = JsonFiles.prettyWriter(mapper);

    byte[] write(Provenance p) throws IOException {
        return JsonFiles.prettyBytes(writer, p);
    }

    /** The record in these bytes; the message of the exception says in one line why they are not one. */
    Provenance read(byte[] bytes) throws ProvenanceException {
        JsonNode tree = JsonFiles.tree(mapper, bytes, why -> new ProvenanceException("not JSON: " + why));
        if (tree == null || !tree.isObject() || !tree.path("auditlensProvenance").canConvertToInt()) {
            throw new ProvenanceException("not an AuditLens provenance file: no \"auditlensProvenance\" format number");
        }
        int format = tree.get("auditlensProvenance").asInt();
        if (format > Provenance.FORMAT) {
            throw new ProvenanceException("written by a later version of AuditLens (provenance format " + format
                    + "); update AuditLens to verify it");
        }
        Provenance p;
        try {
            p = mapper.treeToValue(tree, Provenance.class);
        } catch (JsonProcessingException e) {
            throw new ProvenanceException("not an AuditLens provenance file: " + JsonFiles.describe(e));
        }
        if (p.export() == null || p.export().sha256() == null || p.selection() == null) {
            throw new ProvenanceException("not an AuditLens provenance file: no export or selection");
        }
        return p;
    }
}
