package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API with real Keycloak tokens: who gets what, and how errors are answered. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String api(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/" + path;
    }

    private static HttpResponse<String> get(String path, String token, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path))).header("Accept", accept);
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String body, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void me_withoutToken_is401ProblemJson() throws Exception {
        HttpResponse<String> response = get("me", null, "application/json");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void me_withAnyAcceptHeaderAndNoToken_isStill401NotALoginRedirect() throws Exception {
        assertThat(get("me", null, "*/*").statusCode()).isEqualTo(401);
    }

    @Test
    void me_withAnInvalidToken_is401() throws Exception {
        assertThat(get("me", "not-a-token", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void me_forTheMedicalUser_returnsRolesAndSite() throws Exception {
        HttpResponse<String> response = get("me", Keycloak.token("medical"), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.get("username").asText()).isEqualTo("medical");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("medical");
        assertThat(me.get("allSites").asBoolean()).isFalse();
        assertThat(me.get("sites").get(0).get("code").asText()).isEqualTo("BCP-MARGARA");
        assertThat(me.get("sites").get(0).get("kind").asText()).isEqualTo("BCP");
    }

    @Test
    void me_forTheSupervisor_seesAllSites() throws Exception {
        JsonNode me = JSON.readTree(get("me", Keycloak.token("supervisor"), "application/json").body());
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("supervisor");
        assertThat(me.get("allSites").asBoolean()).isTrue();
    }

    @Test
    void influxEvents_areRefusedToOtherRolesWith403() throws Exception {
        for (String user : new String[] {"registrar", "police", "medical", "auditor"}) {
            HttpResponse<String> response = get("influx-events", Keycloak.token(user), "application/json");
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void supervisor_declaresAnInflux_andFindsIt() throws Exception {
        String token = Keycloak.token("supervisor");
        String name = "API influx " + UUID.randomUUID();
        HttpResponse<String> created = post("influx-events", token, "{\"name\":\"" + name + "\",\"threshold\":2500}", "en");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode event = JSON.readTree(created.body());
        assertThat(event.get("processInstanceId").asText()).isNotBlank();
        assertThat(event.get("declaredBy").asText()).isEqualTo("supervisor");

        JsonNode fetched = JSON.readTree(get("influx-events/" + event.get("id").asText(), token, "application/json").body());
        assertThat(fetched.get("name").asText()).isEqualTo(name);
        assertThat(fetched.get("threshold").asInt()).isEqualTo(2500);
    }

    @Test
    void invalidInput_is400WithFieldMessagesInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = post("influx-events", Keycloak.token("supervisor"), "{\"name\":\" \",\"threshold\":0}", "ru");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).extracting(e -> e.get("field").asText()).containsExactly("name", "threshold");
        assertThat(errors.get(0).get("message").asText()).matches(".*\\p{IsCyrillic}.*");
    }

    @Test
    void unreadableJson_is400NotA500() throws Exception {
        HttpResponse<String> response = post("influx-events", Keycloak.token("supervisor"), "{not json", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
