package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Household pre-registration through the API: idempotency, site scope, roles and validation with real tokens. */
@ExtendWith(ArquillianExtension.class)
class RegistrationApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAMILY_OF_FOUR = "{\"headName\":\"Анаит Петросян\",\"femaleAdults\":1,\"maleAdults\":1,"
            + "\"femaleChildren\":1,\"maleChildren\":1,\"vehicleOrGroup\":\"Bus 7\",\"visibleNeeds\":[\"DS\",\"SC\"]}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static URI api(String path) {
        return URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/" + path);
    }

    private static HttpResponse<String> post(String user, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api("households")).header("Authorization", "Bearer " + Keycloak.token(user))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) request.header("Idempotency-Key", key);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String user, String registryNumber) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api("households" + (registryNumber.startsWith("?") ? "" : "/") + registryNumber))
                .header("Authorization", "Bearer " + Keycloak.token(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void preRegistration_givesARegistryNumberOfTheRegistrarsBcpAtOnce() throws Exception {
        HttpResponse<String> response = post("registrar", UUID.randomUUID().toString(), FAMILY_OF_FOUR);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode household = JSON.readTree(response.body());
        assertThat(household.get("registryNumber").asText()).matches("BCP-MARGARA-\\d{8}-\\d{5,}");
        assertThat(household.get("size").asInt()).isEqualTo(4);
        assertThat(household.get("headNameLatin").asText()).matches("[A-Za-z ]+");
        assertThat(household.get("status").asText()).isEqualTo("PRE_REGISTERED");
        assertThat(household.get("visibleNeeds")).extracting(JsonNode::asText).containsExactlyInAnyOrder("DS", "SC");
    }

    @Test
    void theSameIdempotencyKeyTwice_registersOneHousehold() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = JSON.readTree(post("registrar", key, FAMILY_OF_FOUR).body()).get("registryNumber").asText();
        String second = JSON.readTree(post("registrar", key, FAMILY_OF_FOUR).body()).get("registryNumber").asText();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void parallelRetriesWithOneKey_registerOneHousehold() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> post("registrar", key, FAMILY_OF_FOUR)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertThat(response.statusCode()).isEqualTo(201);
                numbers.add(JSON.readTree(response.body()).get("registryNumber").asText());
            }
            assertThat(numbers).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAKey_eachCallIsANewHousehold_withAGrowingNumber() throws Exception {
        String first = JSON.readTree(post("registrar", null, FAMILY_OF_FOUR).body()).get("registryNumber").asText();
        String second = JSON.readTree(post("registrar", null, FAMILY_OF_FOUR).body()).get("registryNumber").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(Integer.parseInt(second.substring(second.lastIndexOf('-') + 1)))
                .isGreaterThan(Integer.parseInt(first.substring(first.lastIndexOf('-') + 1)));
    }

    @Test
    void theHouseholdFile_isReadAtItsSiteAndByAllSiteRoles_butNotFromAnotherBcp() throws Exception {
        String number = JSON.readTree(post("registrar", UUID.randomUUID().toString(), FAMILY_OF_FOUR).body()).get("registryNumber").asText();
        HttpResponse<String> own = get("registrar", number);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("household").get("headName").asText()).isEqualTo("Анаит Петросян");
        assertThat(JSON.readTree(own.body()).get("timeline").get("items").get(0).get("what").asText()).startsWith("CREATE");
        assertThat(get("police", number).statusCode()).isEqualTo(200);
        assertThat(get("supervisor", number).statusCode()).isEqualTo(200);
        HttpResponse<String> other = get("registrar2", number);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("auditor", number).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownOrMalformedRegistryNumbers_are404() throws Exception {
        assertThat(get("supervisor", "BCP-MARGARA-19990101-99999").statusCode()).isEqualTo(404);
        assertThat(get("supervisor", "not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyRegistrarsPreRegister() throws Exception {
        assertThat(post("medical", null, FAMILY_OF_FOUR).statusCode()).isEqualTo(403);
        assertThat(post("supervisor", null, FAMILY_OF_FOUR).statusCode()).isEqualTo(403);
    }

    @Test
    void badInput_isRefusedFieldByField() throws Exception {
        String body = "{\"headName\":\"Robert'); 42\",\"headNameLatin\":\"Роберт\",\"vehicleOrGroup\":\"Bus\\u0007 7\","
                + "\"arrivedAt\":\"2099-01-01T00:00:00Z\",\"visibleNeeds\":[\"nonsense\"]}";
        HttpResponse<String> response = post("registrar", null, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors")).extracting(e -> e.get("field").asText())
                .contains("headName", "headNameLatin", "vehicleOrGroup", "arrivedAt", "sizeInRange");
        assertThat(JSON.readTree(response.body()).get("errors").toString()).contains("visibleNeeds");
    }

    @Test
    void aNeedCodeOutsideTheReferenceList_isRefused() throws Exception {
        HttpResponse<String> response = post("registrar", null, FAMILY_OF_FOUR.replace("\"SC\"", "\"XX-YY\""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("XX-YY");
    }

    @Test
    void aNameTypedInArmenian_findsTheHouseholdRegisteredInCyrillic_withinTheReadersSites() throws Exception {
        String tag = randomLetters();
        String number = JSON.readTree(post("registrar", null, "{\"headName\":\"Анаит Варданян " + tag + "\",\"femaleAdults\":1}")
                .body()).get("registryNumber").asText();
        String query = java.net.URLEncoder.encode("Անահիտ Վարդանյան " + tag, java.nio.charset.StandardCharsets.UTF_8);

        for (String reader : new String[] {"registrar", "supervisor", "police"}) {
            HttpResponse<String> found = get(reader, "?name=" + query);
            assertThat(found.statusCode()).as(reader).isEqualTo(200);
            assertThat(JSON.readTree(found.body()).get("items")).extracting(h -> h.get("registryNumber").asText()).as(reader).contains(number);
        }
        assertThat(JSON.readTree(get("registrar2", "?name=" + query).body()).get("items"))
                .extracting(h -> h.get("registryNumber").asText()).doesNotContain(number);
    }

    private static String randomLetters() {
        String letters = "bdfgklmnprstvz";
        StringBuilder tag = new StringBuilder("Q");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            tag.append(letters.charAt(random.nextInt(letters.length())));
        }
        return tag.toString();
    }
}
