package org.refuge.acceptance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Real tokens from the Keycloak the tests run against, for the demo users of the realm (password "demo"). */
public final class Keycloak {

    public static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    public static String url() {
        String configured = System.getProperty("refuge.test.keycloak-url");
        return configured == null || configured.isBlank() || configured.startsWith("${") ? "http://localhost:8180" : configured;
    }

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Long> EXPIRES = new ConcurrentHashMap<>();

    /**
     * An access token for the user, from the realm's API client (resource-owner password grant), reused while it has
     * a minute left: many logins in a burst would trip the realm's brute-force protection.
     */
    public static synchronized String token(String username) {
        Long expires = EXPIRES.get(username);
        if (expires != null && expires > System.currentTimeMillis() + 60_000) {
            return TOKENS.get(username);
        }
        String token = fetch(username);
        TOKENS.put(username, token);
        EXPIRES.put(username, System.currentTimeMillis() + 240_000);
        return token;
    }

    private static String fetch(String username) {
        String form = "grant_type=password&client_id=refuge-api&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + DEMO_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/realms/refuge/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode());
            }
            return new ObjectMapper().readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
