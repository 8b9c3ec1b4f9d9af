package org.refuge.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of one user from Keycloak with the password grant of the public client {@code refuge-api} (the
 * development realm's demo users). Access tokens live five minutes: a token expiring within 30 seconds is refreshed
 * with the refresh token, or fetched again when that has expired too. Thread-safe.
 */
final class Tokens {

    private static final String CLIENT = "refuge-api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String endpoint;
    private final String username;
    private final String password;
    private String accessToken;
    private Instant accessExpires = Instant.EPOCH;
    private String refreshToken;
    private Instant refreshExpires = Instant.EPOCH;

    Tokens(HttpClient http, Settings settings, String username, String password) {
        this.http = http;
        this.endpoint = settings.tokenEndpoint();
        this.username = username;
        this.password = password;
    }

    String username() {
        return username;
    }

    synchronized String bearer() {
        Instant soon = Instant.now().plusSeconds(30);
        if (accessToken == null || accessExpires.isBefore(soon)) {
            if (refreshToken != null && refreshExpires.isAfter(soon)) {
                try {
                    grant(Map.of("grant_type", "refresh_token", "client_id", CLIENT, "refresh_token", refreshToken));
                } catch (IllegalStateException refused) { // session ended on the server: sign in again
                    refreshToken = null;
                }
            }
            if (accessToken == null || accessExpires.isBefore(soon)) {
                grant(Map.of("grant_type", "password", "client_id", CLIENT, "username", username, "password", password));
            }
        }
        return accessToken;
    }

    /** The server refused the token (401): the next call fetches a new one. */
    synchronized void invalidate() {
        accessToken = null;
    }

    private void grant(Map<String, String> form) {
        Instant asked = Instant.now();
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + form.get("grant_type") + " for " + username + " at " + endpoint
                        + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            accessToken = token.get("access_token").asText();
            accessExpires = asked.plusSeconds(token.path("expires_in").asLong(60));
            refreshToken = token.path("refresh_token").asText(null);
            refreshExpires = asked.plusSeconds(token.path("refresh_expires_in").asLong(0));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak does not answer at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
