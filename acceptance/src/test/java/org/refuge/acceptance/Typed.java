package org.refuge.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every name, phone and document number the tests type (through {@link Api}, {@link Names} and {@link Browser}), so
 * that {@link LogSearchIT} can look for each in the test server's log at the end of the run. The log's length when
 * the first value was typed is kept: what earlier runs wrote there is not searched.
 */
final class Typed {

    /** JSON fields whose values are a person's name, phone or document number. */
    private static final Set<String> PERSONAL = Set.of("givenName", "familyName", "patronymic", "givenNameLatin",
            "familyNameLatin", "patronymicLatin", "headName", "headNameLatin", "phone", "handedTo", "hostName", "driver");
    /** Shorter values would be found in any log ("Ani"), so they are not searched. */
    static final int MIN_LENGTH = 4;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    static final Path LOG = Path.of(System.getProperty("jboss.home", "../wildfly-config/target/wildfly"), "standalone", "log", "server.log");
    /** The server log as it was before anything was typed: its file identity and length, and the time. */
    static final Object LOG_KEY;
    static final long LOG_OFFSET;
    static final long STARTED = System.currentTimeMillis();

    static {
        Object key = null;
        long offset = 0;
        try {
            if (Files.exists(LOG)) {
                BasicFileAttributes attributes = Files.readAttributes(LOG, BasicFileAttributes.class);
                key = attributes.fileKey();
                offset = attributes.size();
            }
        } catch (IOException e) {
            // no log yet: everything in it will be searched
        }
        LOG_KEY = key;
        LOG_OFFSET = offset;
    }

    private Typed() {
    }

    /** Records one value a test typed (stripped; shorter than {@link #MIN_LENGTH} is ignored). */
    static void value(String value) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            VALUES.add(value.strip());
        }
    }

    /** Records the personal values of a JSON request body: names, phones, the numbers of its documents. */
    static void json(String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        try {
            walk(Api.JSON.readTree(body), false);
        } catch (IOException | RuntimeException e) {
            // not JSON: nothing a form would have typed
        }
    }

    private static void walk(JsonNode node, boolean inDocuments) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> walk(element, inDocuments));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && (PERSONAL.contains(field.getKey()) || inDocuments && field.getKey().equals("number"))) {
                    value(value.asText());
                } else if (value.isContainerNode()) {
                    walk(value, field.getKey().equals("documents"));
                }
            }
        }
    }

    static Set<String> values() {
        return Set.copyOf(VALUES);
    }
}
