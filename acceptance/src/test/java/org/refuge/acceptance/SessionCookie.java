package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session of the screens without a browser: the authorization-code flow a browser runs (the application
 * redirects to Keycloak, the login form is posted, Keycloak redirects back with the code), redirects followed by hand.
 */
final class SessionCookie {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private SessionCookie() {
    }

    /**
     * The application's session cookie ({@code JSESSIONID=...}) of the user signed in, checked to open the start page;
     * null when Keycloak refuses to redirect to this server (its port is not a redirect URI of the web client).
     */
    static String signIn(String username) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        URI start = URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/"));
        HttpResponse<String> page = follow(http, get(start));
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            return null;
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Keycloak.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> signedIn = follow(http, HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(credentials)).build());
        String session = cookies.getCookieStore().get(start).stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException(
                        "Signed in as " + username + " (" + signedIn.statusCode() + " at " + signedIn.uri() + "), but no JSESSIONID"));
        // a live session: the start page opens with the cookie alone (at most a redirect within the application, not to Keycloak)
        HttpResponse<String> home = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(start).header("Cookie", "JSESSIONID=" + session).GET().build());
        String location = home.headers().firstValue("Location").orElse("");
        if (!(home.statusCode() == 200 || (home.statusCode() / 100 == 3 && !location.contains("/realms/")))) {
            throw new IllegalStateException("The session of " + username + " does not open " + start + ": " + home.statusCode() + " " + location);
        }
        return "JSESSIONID=" + session;
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    /** Sends the request and follows redirects (at most 10) with GETs. */
    private static HttpResponse<String> follow(HttpClient http, HttpRequest first) {
        HttpResponse<String> response = send(http, first);
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(http, get(response.uri().resolve(location)));
        }
        return response;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
