package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Camp set-up through the API with real tokens: land, tents by the hundred, the action plan's staff tents, water and
 * sanitary points, power, opening only with a complete checklist, figures and norm indicators from one query,
 * capacity planning, roles and site scope. The demo camp manager works at CAMP-ARARAT-1; the test database keeps
 * earlier runs, so figures are compared before and after.
 */
@ExtendWith(ArquillianExtension.class)
class CampApiIT {

    private static final String CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static JsonNode figures(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("figures");
    }

    private static String level(HttpResponse<String> response, String norm) {
        for (JsonNode indicator : json(response).get("indicators")) {
            if (indicator.get("norm").asText().equals(norm)) {
                return indicator.get("level").asText();
            }
        }
        throw new AssertionError("no indicator " + norm);
    }

    @Test
    void theActionPlansCampOf2000BedsOn2Hectares_showsTheSiteAreaWarning() {
        // a camp of its own: the demo camp may hold people from other tests, and indicators follow the occupants
        String camp = "CAMP-N" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(Api.post("admin", "sites", "{\"code\":\"" + camp + "\",\"kind\":\"CAMP\",\"name\":\"Norms camp " + camp + "\"}")
                .statusCode()).isEqualTo(201);
        figures(Api.send("supervisor", "PUT", "camps/" + camp, "{\"areaM2\":20000}"));
        HttpResponse<String> tents = Api.post("supervisor", "camps/" + camp + "/tents",
                "{\"count\":100,\"beds\":20,\"coveredM2\":70,\"accessible\":false}");
        assertThat(figures(tents).get("beds").asInt()).isEqualTo(2000);
        // 2,000 beds on 2 ha: 10 m² per person against the norm of 45
        assertThat(level(tents, "SITE_AREA_M2_PER_PERSON")).isEqualTo("BELOW");
        assertThat(level(tents, "COVERED_M2_PER_PERSON")).isEqualTo("EMERGENCY_ONLY");
    }

    @Test
    void theCampManager_setsUpTheActionPlansCamp_andOpensItWhenTheChecklistAllows() {
        JsonNode before = figures(Api.send("camp-manager", "PUT", "camps/" + CAMP, "{\"areaM2\":20000}"));
        int bedsBefore = before.get("beds").asInt();

        HttpResponse<String> tents = Api.post("camp-manager", "camps/" + CAMP + "/tents",
                "{\"count\":100,\"beds\":20,\"coveredM2\":70,\"accessible\":false}");
        JsonNode after = figures(tents);
        assertThat(after.get("beds").asInt()).isEqualTo(bedsBefore + 2000);
        assertThat(after.get("status").asText()).isIn("SETTING_UP", "OPEN");

        boolean wasOpen = "OPEN".equals(after.get("status").asText());
        if (!wasOpen) {
            HttpResponse<String> early = Api.post("camp-manager", "camps/" + CAMP + "/open", "");
            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(json(early).get("detail").asText()).contains("checklist");
        }
        for (String kind : new String[] {"SMS_STAFF_TENT", "MEDICAL_SOCIAL_TENT", "POLICE_TENT"}) {
            figures(Api.post("camp-manager", "camps/" + CAMP + "/staff-tents", "{\"kind\":\"" + kind + "\",\"coveredM2\":70}"));
        }
        for (int i = 0; i < 6; i++) {
            figures(Api.post("camp-manager", "camps/" + CAMP + "/water-points", "{\"taps\":2,\"toilets\":8,\"showers\":4}"));
        }
        figures(Api.send("camp-manager", "PUT", "camps/" + CAMP + "/power", "{\"supplied\":true}"));
        HttpResponse<String> water = Api.post("camp-manager", "camps/" + CAMP + "/water-supply",
                "{\"day\":\"" + LocalDate.now().minusDays(1) + "\",\"litres\":30000}");
        assertThat(water.statusCode()).isEqualTo(200);

        HttpResponse<String> opened = Api.post("camp-manager", "camps/" + CAMP + "/open", "");
        JsonNode open = figures(opened);
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(json(opened).get("checklist").get("items")).allSatisfy(item -> assertThat(item.get("done").asBoolean()).isTrue());

        // the overview and the camp's page count with the same query
        JsonNode overview = json(Api.get("supervisor", "camps"));
        JsonNode ararat = null;
        for (JsonNode camp : overview) {
            if (camp.get("figures").get("code").asText().equals(CAMP)) {
                ararat = camp.get("figures");
            }
        }
        assertThat(ararat).isNotNull();
        assertThat(ararat.get("beds").asInt()).isEqualTo(open.get("beds").asInt());
        JsonNode page = json(Api.get("camp-manager", "camps/" + CAMP));
        assertThat(page.get("figures").get("beds").asInt()).isEqualTo(open.get("beds").asInt());
        assertThat(page.get("structures").size()).as("100 tents, 3 staff tents, 6 water points").isGreaterThanOrEqualTo(109);
    }

    @Test
    void rolesAndSites_areEnforced() {
        assertThat(Api.get("police", "camps").statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", "camps/" + CAMP).statusCode()).isEqualTo(403);
        assertThat(Api.get("social-worker", "camps/" + CAMP).statusCode()).isEqualTo(200);
        assertThat(Api.post("social-worker", "camps/" + CAMP + "/tents", "{\"count\":1,\"beds\":20,\"coveredM2\":70}").statusCode())
                .isEqualTo(403);
        // the camp manager of Ararat may not set up Goris
        assertThat(Api.send("camp-manager", "PUT", "camps/CAMP-GORIS-1", "{\"areaM2\":20000}").statusCode()).isEqualTo(403);
        // a BCP is no camp site
        assertThat(Api.send("supervisor", "PUT", "camps/BCP-MARGARA", "{\"areaM2\":20000}").statusCode()).isEqualTo(404);
    }

    @Test
    void badInput_isRefusedFieldByField() {
        HttpResponse<String> response = Api.post("camp-manager", "camps/" + CAMP + "/tents", "{\"count\":0,\"beds\":500,\"coveredM2\":-1}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors")).extracting(e -> e.get("field").asText()).contains("count", "beds", "coveredM2");
        assertThat(response.body()).contains("1 to 100 beds");
        HttpResponse<String> area = Api.send("camp-manager", "PUT", "camps/" + CAMP, "{\"areaM2\":0}");
        assertThat(area.statusCode()).isEqualTo(400);
        HttpResponse<String> future = Api.post("camp-manager", "camps/" + CAMP + "/water-supply", "{\"day\":\"2999-01-01\",\"litres\":10}");
        assertThat(future.statusCode()).isEqualTo(400);
    }

    /**
     * A camp code or a registry number that is not one is refused before any service is asked, as problem+json with
     * the shared kernel's sentence in the caller's language: in the path 404 (no record can have that address, as
     * platform's IdParameters decides), in the query or the body 400 naming the parameter or field.
     */
    @Test
    void aMalformedCampCodeOrRegistryNumber_isRefusedWithTheKernelsSentence_inTheCallersLanguage() {
        for (String language : List.of("en", "hy")) {
            Properties sentences = validationMessages(language);
            malformedId(Api.send(Api.request("camp-manager", "camps/CAMP_ARARAT").setHeader("Accept-Language", language).GET()),
                    404, null, sentences.getProperty("refuge.id.campCode"));
            malformedId(Api.send(Api.request("camp-manager", "camps/" + CAMP + "/households/BCP-MARGARA-2026/check-out")
                    .setHeader("Accept-Language", language).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"HOSPITAL\",\"day\":\"" + LocalDate.now() + "\"}"))),
                    404, null, sentences.getProperty("refuge.id.registryNumber"));
            malformedId(Api.send(Api.request("camp-manager", "camps/" + CAMP + "/residents?household=nobody")
                    .setHeader("Accept-Language", language).GET()), 400, "household", sentences.getProperty("refuge.id.registryNumber"));
            malformedId(Api.send(Api.request("camp-manager", "allocations/proposal?household=BCP-MARGARA-20261123-00042&camp=CAMP_ARARAT")
                    .setHeader("Accept-Language", language).GET()), 400, "camp", sentences.getProperty("refuge.id.campCode"));
            // in a body: 400 naming the field, a list's element by its position
            malformedId(Api.send(Api.request("camp-manager", "camps/" + CAMP + "/manifests").setHeader("Accept-Language", language)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"vehicle\":\"Bus 1\","
                            + "\"driver\":\"A. Driver\",\"departure\":\"" + LocalDate.now() + "T10:00\",\"households\":[\"TM-1\"]}"))),
                    400, "households[0]", sentences.getProperty("refuge.id.registryNumber"));
            malformedId(Api.send(Api.request("camp-manager", "allocations").setHeader("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"registryNumber\":\"nobody\",\"campCode\":\"" + CAMP + "\"}"))),
                    400, "registryNumber", sentences.getProperty("refuge.id.registryNumber"));
        }
    }

    private static void malformedId(HttpResponse<String> response, int status, String parameter, String sentence) {
        assertThat(sentence).isNotBlank();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asText()).isEqualTo(sentence);
        if (parameter != null) {
            assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo(parameter);
        }
    }

    /** The kernel's sentences as the server's bundle holds them, in one language ("en": the default bundle). */
    private static Properties validationMessages(String language) {
        Path file = Path.of("..", "ejb", "src", "main", "resources",
                "ValidationMessages" + ("en".equals(language) ? "" : "_" + language) + ".properties");
        Properties sentences = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sentences.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    @Test
    void capacityPlanning_showsWhatTenThousandArrivalsNeedByTheNorms() {
        HttpResponse<String> response = Api.get("supervisor", "camps/plan?arrivals=10000&bedsPerTent=20");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.get("tents").get("needed").asLong()).isEqualTo(500);
        assertThat(plan.get("siteAreaM2").get("needed").asLong()).isEqualTo(450_000);
        assertThat(plan.get("waterLitresPerDay").get("needed").asLong()).isEqualTo(150_000);
        assertThat(plan.get("toilets").get("needed").asLong()).isEqualTo(200);
        assertThat(Api.get("supervisor", "camps/plan").statusCode()).isEqualTo(400);
        assertThat(Api.get("medical", "camps/plan?arrivals=10").statusCode()).isEqualTo(403);
    }
}
