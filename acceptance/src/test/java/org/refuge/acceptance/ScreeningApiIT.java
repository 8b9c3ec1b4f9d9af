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

/**
 * The arrival process through the API with real tokens: a registered member's screening task reaches medical staff
 * and their security check the police of that BCP; medical detail stays with medical staff; a hit is a flag.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static URI api(String path) {
        return URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/" + path);
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + Keycloak.token(user))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String register() throws Exception {
        HttpResponse<String> created = send("registrar", "POST", "households",
                "{\"headName\":\"Նարե Սահակյան\",\"femaleAdults\":1,\"femaleChildren\":2}");
        assertThat(created.statusCode()).isEqualTo(201);
        String number = JSON.readTree(created.body()).get("registryNumber").asText();
        // screening is per person: the head's tasks are there once she is registered (her daughters' would follow)
        Api.registerMember(number, "HEAD", "F", java.time.LocalDate.now().minusYears(33));
        return number;
    }

    private static String taskOf(String user, String registryNumber, String formKey) throws Exception {
        for (JsonNode task : JSON.readTree(send(user, "GET", "tasks?reference=" + registryNumber, null).body()).get("items")) {
            if (registryNumber.equals(task.get("businessKey").asText()) && formKey.equals(task.get("formKey").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    @Test
    void medicalScreening_isRecordedByMedicalStaff_andOthersSeeOnlyTheOutcome() throws Exception {
        String number = register();
        assertThat(taskOf("police", number, "screening/medical")).as("police are not offered medical tasks").isNull();
        String task = taskOf("medical", number, "screening/medical");
        assertThat(task).isNotNull();

        HttpResponse<String> inconsistent = send("medical", "POST", "screening/tasks/" + task + "/medical-screening",
                "{\"triage\":\"URGENT\",\"outcome\":\"ISOLATION\",\"isolationNeeded\":false}");
        assertThat(inconsistent.statusCode()).isEqualTo(400);
        assertThat(send("medical", "POST", "screening/tasks/" + task + "/medical-screening", "{\"outcome\":\"CLEARED\"}").statusCode())
                .as("triage missing").isEqualTo(400);
        assertThat(send("police", "POST", "screening/tasks/" + task + "/medical-screening",
                "{\"triage\":\"URGENT\",\"outcome\":\"CLEARED\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> recorded = send("medical", "POST", "screening/tasks/" + task + "/medical-screening",
                "{\"triage\":\"URGENT\",\"conditions\":\"asthma\",\"pregnancy\":true,\"isolationNeeded\":true,"
                        + "\"outcome\":\"ISOLATION\",\"accommodationNeeds\":\"separate tent\"}");
        assertThat(recorded.statusCode()).isEqualTo(204);
        assertThat(taskOf("medical", number, "screening/medical")).as("task completed").isNull();

        JsonNode detail = JSON.readTree(send("medical", "GET", "screening/households/" + number + "/medical", null).body()).get(0);
        assertThat(detail.get("conditions").asText()).isEqualTo("asthma");
        assertThat(detail.get("pregnancy").asBoolean()).isTrue();
        for (String other : new String[] {"police", "registrar", "supervisor", "caseworker"}) {
            assertThat(send(other, "GET", "screening/households/" + number + "/medical", null).statusCode()).as(other).isEqualTo(403);
        }
        HttpResponse<String> summary = send("police", "GET", "screening/households/" + number, null);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("ISOLATION", "separate tent").doesNotContain("asthma", "pregnan", "URGENT");
    }

    @Test
    void securityCheck_completesWhenBothEnquiriesAnswered_andAHitIsAFlag() throws Exception {
        String number = register();
        String task = taskOf("police", number, "screening/security");
        assertThat(task).isNotNull();
        assertThat(taskOf("police2", number, "screening/security")).as("police of another BCP").isNull();
        assertThat(send("police2", "POST", "screening/tasks/" + task + "/security-check",
                "{\"nssAnswer\":\"PENDING\",\"policeAnswer\":\"PENDING\"}").statusCode()).as("police of another BCP").isEqualTo(403);

        assertThat(send("police", "POST", "screening/tasks/" + task + "/security-check",
                "{\"nssAnswer\":\"CLEAR\",\"policeAnswer\":\"PENDING\"}").statusCode()).as("answer without reference").isEqualTo(400);
        assertThat(send("police", "POST", "screening/tasks/" + task + "/security-check",
                "{\"nssReference\":\"NSS/2026/1\",\"nssAnswer\":\"CLEAR\",\"policeAnswer\":\"PENDING\"}").statusCode()).isEqualTo(202);
        assertThat(taskOf("police", number, "screening/security")).as("still open while an enquiry is pending").isEqualTo(task);
        assertThat(JSON.readTree(send("registrar", "GET", "screening/households/" + number, null).body())
                .get("security").asText()).isEqualTo("PENDING");

        assertThat(send("police", "POST", "screening/tasks/" + task + "/security-check",
                "{\"nssReference\":\"NSS/2026/1\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"POL-" + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"policeAnswer\":\"HIT\"}").statusCode()).isEqualTo(204);
        assertThat(taskOf("police", number, "screening/security")).isNull();
        assertThat(JSON.readTree(send("supervisor", "GET", "screening/households/" + number, null).body())
                .get("security").asText()).isEqualTo("HIT");
        assertThat(JSON.readTree(send("caseworker", "GET", "screening/households/" + number, null).body())
                .get("security").asText()).isEqualTo("HIT");
        assertThat(JSON.readTree(send("registrar", "GET", "screening/households/" + number, null).body())
                .get("security").asText()).isEqualTo("DONE");
        assertThat(send("registrar2", "GET", "screening/households/" + number, null).statusCode()).isEqualTo(403);
    }
}
