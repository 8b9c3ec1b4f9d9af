package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.UUID;
import java.util.function.Function;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Calls of the REST API as a desk application makes them: JSON, the user's bearer token (session attribute
 * {@code token}, see {@link ApiTokens}), answers in English. Request names say the desk and the step
 * ("registrar: register member"), which is how the report groups the figures.
 */
final class Rest {

    private Rest() {
    }

    /** The desks' HTTP client: one connection pool per virtual user, as each desk is a machine of its own. */
    static HttpProtocolBuilder protocol(LoadSettings settings) {
        return http.baseUrl(settings.appUrl()).acceptHeader("application/json").acceptLanguageHeader("en")
                .userAgentHeader("Refuge load test (desk)").disableCaching();
    }

    static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get("/api/v1" + path).header("Authorization", "Bearer #{token}");
    }

    static HttpRequestActionBuilder post(String name, String path, Function<Session, String> json) {
        return http(name).post("/api/v1" + path).header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/json").body(StringBody(json));
    }

    /**
     * A POST with an {@code Idempotency-Key}, as the desk application sends the creating calls: the server then keeps
     * the answer for a retry, and that bookkeeping is part of what is measured.
     */
    static HttpRequestActionBuilder postOnce(String name, String path, Function<Session, String> json) {
        return post(name, path, json).header("Idempotency-Key", session -> UUID.randomUUID().toString());
    }
}
