package org.refuge.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One person's browser, for the page benchmark: its own cookies, redirects followed, HTML asked for in English. It
 * signs in through Keycloak's real OpenID Connect code flow (a page → Keycloak's login form → the form posted → back
 * to the page with a session cookie) and then loads pages as a browser loads the document (its scripts, styles and
 * images are cached by a browser after the first page, and are not loaded here).
 */
final class PageClient {

    /** A page as loaded: status, where the redirects ended, the {@code Server-Timing} header, body size and time. */
    record Load(int status, URI uri, String serverTiming, long bytes, long nanos, String body) {
    }

    private final HttpClient http;
    private final Settings settings;
    private final String username;
    private final String password;

    PageClient(Settings settings, String username, String password) {
        this.settings = settings;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new CookieJar()).build();
    }

    String username() {
        return username;
    }

    /** Signs in by opening {@code path}: fails when Keycloak shows no login form or does not send the browser back. */
    void signIn(String path) throws IOException, InterruptedException {
        Load first = load(path);
        if (onApplication(first.uri()) && first.status() == 200) {
            return; // still signed in
        }
        LoginForm form = LoginForm.of(first.uri(), first.body()).orElseThrow(() -> new IllegalStateException(
                "No login form at " + first.uri() + " (" + first.status() + ") for " + username));
        HttpRequest post = HttpRequest.newBuilder(form.action()).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form.body(username, password))).build();
        HttpResponse<String> back = http.send(post, HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200 || !onApplication(back.uri())) {
            throw new IllegalStateException("Sign-in of " + username + " ended at " + back.uri() + " with " + back.statusCode()
                    + (LoginForm.of(back.uri(), back.body()).isPresent() ? " (the login form again, saying: "
                    + LoginForm.message(back.body()).orElse("nothing") + ")" : ""));
        }
    }

    /** Loads a page of the application ({@code path} below its root, with its query), following redirects. */
    Load load(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.appUrl() + "/" + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", "en").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        byte[] body = response.body();
        return new Load(response.statusCode(), response.uri(), response.headers().firstValue("Server-Timing").orElse(null),
                body.length, nanos, new String(body, StandardCharsets.UTF_8));
    }

    /** True for an address of the application, false for Keycloak's (a load that ended on the login page). */
    boolean onApplication(URI uri) {
        URI app = URI.create(settings.appUrl());
        return uri.getHost().equalsIgnoreCase(app.getHost()) && uri.getPort() == app.getPort();
    }
}
