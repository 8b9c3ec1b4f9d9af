package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls to the REST API of the test server with a demo user's real Keycloak token. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    static URI uri(String path) {
        return URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/" + path);
    }

    static HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET());
    }

    static HttpResponse<String> post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> post(String user, String path, String json, String idempotencyKey) {
        return send(request(user, path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a JSON body (PUT, PATCH…). */
    static HttpResponse<String> send(String user, String method, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static HttpResponse<byte[]> getBytes(String user, String path) {
        return sendAs(request(user, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pre-registers a household at the registrar's BCP and returns its registry number. */
    static String preRegister(String registrar, String headName, int femaleAdults, int maleAdults, int femaleChildren, int maleChildren) {
        HttpResponse<String> response = post(registrar, "households", "{\"headName\":\"" + headName + "\",\"femaleAdults\":" + femaleAdults
                + ",\"maleAdults\":" + maleAdults + ",\"femaleChildren\":" + femaleChildren + ",\"maleChildren\":" + maleChildren + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Pre-registration refused: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("registryNumber").asText();
    }

    private static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + Keycloak.token(user)).header("Accept-Language", "en");
    }

    private static <T> HttpResponse<T> sendAs(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return sendAs(request, HttpResponse.BodyHandlers.ofString());
    }
}
