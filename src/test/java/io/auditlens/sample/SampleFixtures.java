package io.auditlens.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers for the sample tests: generate events, read fields that may be strings holding JSON. */
final class SampleFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private SampleFixtures() {
    }

    static List<ObjectNode> events(long seed, long count) {
        List<ObjectNode> out = new ArrayList<>();
        SampleGenerator generator = new SampleGenerator(SampleSettings.of(seed, count));
        while (generator.hasNext()) {
            out.add(generator.next().json());
        }
        return out;
    }

    /** requestData / responseData as an object, whether the event carries an object or a string holding JSON. */
    static JsonNode objectOrParsed(JsonNode node) {
        if (node != null && node.isTextual()) {
            try {
                return JSON.readTree(node.asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return node;
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shortAction(JsonNode event) {
        return event.path("action").asText().substring("container-registry.".length());
    }
}
