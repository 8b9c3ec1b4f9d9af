package org.refuge.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The few calls of the REST API the loader and the benchmarks make, as one user. A call answered 401 is made once
 * more with a new token; a call with an idempotency key is retried on a network error or a 502-504, which is safe
 * because the server answers a repeated key with the first result.
 */
final class RefugeApi {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The answer: status, parsed JSON body (missing when none) and the time the last attempt took. */
    record Reply(int status, JsonNode body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        double millis() {
            return nanos / 1e6;
        }

        /** The problem+json of an error in one line: status, title, detail and field errors. */
        String problem() {
            StringBuilder s = new StringBuilder().append(status);
            if (body.hasNonNull("title")) s.append(' ').append(body.get("title").asText());
            if (body.hasNonNull("detail")) s.append(": ").append(body.get("detail").asText());
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asText() + " " + e.path("message").asText()));
            if (!fields.isEmpty()) s.append(' ').append(fields);
            return s.toString();
        }
    }

    private final HttpClient http;
    private final Settings settings;
    private final Tokens tokens;

    RefugeApi(HttpClient http, Settings settings, Tokens tokens) {
        this.http = http;
        this.settings = settings;
        this.tokens = tokens;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** True when the application answers at all: {@code /api/v1/me} without a token says 401. */
    static boolean answers(HttpClient http, Settings settings) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.api("/me"))).timeout(Duration.ofSeconds(10)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String username() {
        return tokens.username();
    }

    /** One POST, retried only as the class says; {@code idempotencyKey} may be null. */
    Reply post(String path, Object body, String idempotencyKey) throws IOException, InterruptedException {
        return post(path, body, idempotencyKey, Duration.ofSeconds(60));
    }

    /** The same, waiting up to {@code timeout} for each answer (a bulk action of hundreds of households). */
    Reply post(String path, Object body, String idempotencyKey, Duration timeout) throws IOException, InterruptedException {
        byte[] json = JSON.writeValueAsBytes(body);
        int attempt = 0;
        boolean renewed = false;
        while (true) {
            attempt++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.api(path))).timeout(timeout)
                    .header("Authorization", "Bearer " + tokens.bearer())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (idempotencyKey != null && attempt < 4) {
                    Thread.sleep(1000L << attempt);
                    continue;
                }
                throw e;
            }
            long nanos = System.nanoTime() - start;
            int status = response.statusCode();
            if (status == 401 && !renewed) {
                tokens.invalidate();
                renewed = true;
                continue;
            }
            if (status >= 502 && status <= 504 && idempotencyKey != null && attempt < 4) {
                Thread.sleep(1000L << attempt);
                continue;
            }
            return new Reply(status, parse(response.body()), nanos);
        }
    }

    /** An answer kept as bytes (a PDF): status, body and the time the call took. */
    record Download(int status, byte[] bytes, long nanos) {

        boolean isPdf() {
            return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        }
    }

    /** One POST of a JSON body whose answer is a file, made once more with a new token when answered 401. */
    Download download(String path, Object body) throws IOException, InterruptedException {
        byte[] json = JSON.writeValueAsBytes(body);
        for (int attempt = 0; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.api(path))).timeout(Duration.ofSeconds(300))
                    .header("Authorization", "Bearer " + tokens.bearer()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 401 && attempt == 0) {
                tokens.invalidate();
                continue;
            }
            return new Download(response.statusCode(), response.body(), System.nanoTime() - start);
        }
    }

    /** One GET, made once more with a new token when answered 401. */
    Reply get(String path) throws IOException, InterruptedException {
        return once("GET", path, null);
    }

    /** One PUT of a JSON body, made once more with a new token when answered 401. */
    Reply put(String path, Object body) throws IOException, InterruptedException {
        return once("PUT", path, body);
    }

    private Reply once(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        for (int attempt = 0; ; attempt++) {
            // a statistics table of a day before reporting's summary is counted from the views: over a minute at 5 M
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.api(path))).timeout(Duration.ofSeconds(360))
                    .header("Authorization", "Bearer " + tokens.bearer()).header("Accept", "application/json")
                    .header("Content-Type", "application/json").method(method, publisher).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 401 && attempt == 0) {
                tokens.invalidate();
                continue;
            }
            return new Reply(response.statusCode(), parse(response.body()), System.nanoTime() - start);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
