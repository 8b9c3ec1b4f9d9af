package org.refuge.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What must stand before the desks open, found or made once through the API as the people who would make it (run
 * before the load, not measured): each demo camp manager's camp set up and open with at least {@value #TENTS} tents
 * (a third of them accessible); an influx event (the supervisor's action plan); a decree on temporary protection in
 * force for the influx's citizenships and stateless persons who arrived in the last 30 days, numbered
 * {@value #DECREE_PREFIX}… so later runs find it again. Whatever stands already is left as it is.
 */
final class Preparation {

    static final int TENTS = 60;
    static final String DECREE_PREFIX = "TP-LOAD-";
    private static final List<String> CITIZENSHIPS = List.of("ARM", "RUS", "SYR", "IRQ", "IRN");

    private final LoadSettings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new HashMap<>();

    Preparation(LoadSettings settings) {
        this.settings = settings;
    }

    /** Makes sure of it all, then hands the decree and the influx event to {@link Subjects}. */
    void run() {
        for (Accounts.Account manager : Accounts.CAMP_MANAGERS) {
            openCamp(manager.username(), manager.site());
        }
        Subjects.set(decree(), influxEvent());
    }

    private void openCamp(String manager, String camp) {
        call(manager, "PUT", "/camps/" + camp, Map.of("areaM2", 60_000));
        JsonNode figures = call(manager, "GET", "/camps/" + camp, null).path("figures");
        int tents = figures.path("tents").asInt();
        if (tents < TENTS) {
            int missing = TENTS - tents;
            call(manager, "POST", "/camps/" + camp + "/tents", Map.of("count", missing / 3, "beds", 6, "coveredM2", 24,
                    "accessible", true));
            call(manager, "POST", "/camps/" + camp + "/tents", Map.of("count", missing - missing / 3, "beds", 6, "coveredM2", 24,
                    "accessible", false));
        }
        if ("OPEN".equals(figures.path("status").asText())) {
            return;
        }
        for (String kind : List.of("SMS_STAFF_TENT", "MEDICAL_SOCIAL_TENT", "POLICE_TENT")) {
            call(manager, "POST", "/camps/" + camp + "/staff-tents", Map.of("kind", kind, "coveredM2", 70));
        }
        for (int i = figures.path("waterSanitaryPoints").asInt(); i < 10; i++) {
            call(manager, "POST", "/camps/" + camp + "/water-points", Map.of("taps", 2, "toilets", 8, "showers", 4));
        }
        call(manager, "PUT", "/camps/" + camp + "/power", Map.of("supplied", true));
        call(manager, "POST", "/camps/" + camp + "/water-supply", Map.of("day", LocalDate.now().minusDays(1).toString(),
                "litres", 60_000));
        call(manager, "POST", "/camps/" + camp + "/open", Map.of());
    }

    private String decree() {
        for (JsonNode decree : call("supervisor", "GET", "/decrees?inForce=true&size=500", null).path("items")) {
            if (decree.path("number").asText().startsWith(DECREE_PREFIX)) {
                return decree.path("id").asText();
            }
        }
        LocalDate yesterday = LocalDate.now().minusDays(1);
        return call("supervisor", "POST", "/decrees", Map.of("number", DECREE_PREFIX + yesterday, "adoptedOn", yesterday.toString(),
                "inForceFrom", yesterday.toString(), "citizenships", CITIZENSHIPS, "coversStateless", true,
                "arrivedFrom", yesterday.minusDays(29).toString())).path("id").asText();
    }

    private String influxEvent() {
        JsonNode events = call("supervisor", "GET", "/influx-events?size=1", null).path("items");
        if (events.size() > 0) {
            return events.get(0).path("id").asText();
        }
        return call("supervisor", "POST", "/influx-events", Map.of("name", "Load test influx", "threshold", 2000))
                .path("id").asText();
    }

    /** One call as {@code user}; an answer other than 2xx stops the run before any load, saying why. */
    private JsonNode call(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.api(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json").header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Preparing the load test: " + method + " " + path + " as " + user + " answered "
                    + response.statusCode() + " " + response.body());
        }
        return Json.read(response.body());
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            String form = "grant_type=password&client_id=refuge-api&username=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(settings.password(), StandardCharsets.UTF_8);
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + u + " at " + settings.tokenEndpoint() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return Json.read(response.body()).path("access_token").asText();
        });
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Refuge or Keycloak does not answer at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
