package org.refuge.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.refuge.platform.persistence.RequestFingerprint;

/**
 * The canonical form of a JSON body sent with an {@code Idempotency-Key}, as a SHA-256 for {@link RequestFingerprint}:
 * the same members and values, whatever their order or the white space between them, give the same digest. A body
 * that is not JSON the parser reads is digested as its bytes (the resource then refuses it as before).
 */
@Provider
public class IdempotencyFingerprints implements ReaderInterceptor {

    /** Looked up once: {@code Json.createReader} finds the provider through the service loader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String key = context.getHeaders().getFirst("Idempotency-Key");
        MediaType type = context.getMediaType();
        if (key == null || key.isBlank() || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        // the request's bean (a provider is no CDI bean of its own here)
        CDI.current().select(RequestFingerprint.class).get().body(digest(body));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** SHA-256 of the body's canonical JSON, or of its bytes when it is not JSON. */
    static String digest(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            StringBuilder canonical = new StringBuilder(body.length);
            write(reader.readValue(), canonical);
            return RequestFingerprint.sha256(canonical.toString());
        } catch (RuntimeException | StackOverflowError notJson) {
            return RequestFingerprint.sha256(body);
        }
    }

    /** Objects with their members sorted by name, arrays in order, scalars as JSON writes them; no white space. */
    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : new TreeMap<>((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(JSON.createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue element : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }
}
