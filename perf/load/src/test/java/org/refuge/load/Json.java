package org.refuge.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** JSON bodies written and answers read for the desks (Jackson, as the rest of the project uses). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The parsed answer, or a missing node for an empty or unreadable one. */
    static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The text of {@code field} of each item of a paged list's {@code items} that passes {@code filter}, in order. */
    static List<String> itemTexts(String body, String field, Predicate<JsonNode> filter) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : read(body).path("items")) {
            if (filter.test(item) && item.hasNonNull(field)) {
                texts.add(item.get(field).asText());
            }
        }
        return texts;
    }

    static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
