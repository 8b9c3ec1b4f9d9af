package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retries are safe (issue 10, item 9): the same request sent six times at once with one Idempotency-Key takes effect
 * once, a key reused for another operation is refused, and so is a key sent again with another body.
 */
@ExtendWith(ArquillianExtension.class)
class RetriesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void attack_declaringAnInfluxTwice_byARetry_givesTwoEvents() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Retry influx " + key.substring(0, 8);
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("supervisor", "influx-events",
                "{\"name\":\"" + name + "\",\"threshold\":2000}", key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> json(a).get("id").asText()).distinct()).hasSize(1);
        assertThat(json(Api.get("supervisor", "influx-events?size=500")).get("items").findValuesAsText("name").stream().filter(name::equals))
                .hasSize(1);

        campSetUp("CAMP-ARARAT-1");
        HttpResponse<String> reused = Api.post("supervisor", "camps/CAMP-ARARAT-1/tents",
                "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}", key);
        assertThat(reused.statusCode()).as("a key reused for another operation").isEqualTo(409);
    }

    @Test
    void attack_addingTentsTwice_byARetry_givesTwiceTheTents() throws Exception {
        String camp = "CAMP-ARARAT-1";
        campSetUp(camp);
        int before = json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt();
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("camp-manager", "camps/" + camp + "/tents",
                "{\"count\":3,\"beds\":20,\"coveredM2\":70,\"accessible\":false}", key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt()).isEqualTo(before + 3);
        // without a key each request is a new one
        assertThat(Api.post("camp-manager", "camps/" + camp + "/tents", "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}")
                .statusCode()).isEqualTo(200);
        assertThat(json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt()).isEqualTo(before + 4);
        assertThat(Api.post("camp-manager", "camps/" + camp + "/tents", "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}",
                "not a key!").statusCode()).isEqualTo(400);
    }

    /** The same key sent with another body: 422 in the caller's language, never the first request's result. */
    private static void refusedInEveryLanguage(String user, String path, String otherBody, String key) {
        Typed.json(otherBody);
        java.util.Map<String, String> details = new java.util.HashMap<>();
        for (String language : new String[] {"en", "hy", "ru"}) {
            HttpResponse<String> refused = Api.send(Api.request(user, path).setHeader("Accept-Language", language)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(otherBody)));
            assertThat(refused.statusCode()).as(language + " " + refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("idempotencyKey");
            details.put(language, json(refused).get("detail").asText());
        }
        assertThat(details.get("en")).contains("sent before with another request");
        assertThat(details.values()).allSatisfy(detail -> assertThat(detail).contains("Idempotency-Key")).doesNotHaveDuplicates();
    }

    @Test
    void attack_theSameKeyWithAnotherBody_answersTheFirstHousehold() {
        String key = UUID.randomUUID().toString();
        Names n = Names.random();
        String head = n.givenLatin() + " " + n.familyLatin();
        HttpResponse<String> first = Api.post("registrar", "households", "{\"headName\":\"" + head + "\",\"femaleAdults\":1}", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String number = json(first).get("registryNumber").asText();
        // the same request again, its members in another order and spaced otherwise: the same household
        HttpResponse<String> again = Api.post("registrar", "households", "{ \"femaleAdults\" : 1,\n \"headName\" : \"" + head + "\" }", key);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again).get("registryNumber").asText()).isEqualTo(number);
        // another family under the same key: refused, nothing registered
        refusedInEveryLanguage("registrar", "households", "{\"headName\":\"" + head + "\",\"femaleAdults\":1,\"maleChildren\":3}", key);
        JsonNode namesakes = json(Api.get("registrar", "households?name=" + java.net.URLEncoder.encode(head,
                java.nio.charset.StandardCharsets.UTF_8) + "&size=500")).get("items");
        assertThat(java.util.stream.StreamSupport.stream(namesakes.spliterator(), false).filter(h -> h.get("headName").asText().equals(head))
                .map(h -> h.get("registryNumber").asText())).as("no household of the refused body").containsExactly(number);
        // and the first body still answers the first household
        assertThat(json(Api.post("registrar", "households", "{\"headName\":\"" + head + "\",\"femaleAdults\":1}", key))
                .get("registryNumber").asText()).isEqualTo(number);
    }

    @Test
    void attack_theSameKeyWithAnotherBody_answersTheFirstInfluxEvent() {
        String key = UUID.randomUUID().toString();
        String name = "Key influx " + key.substring(0, 8);
        HttpResponse<String> first = Api.post("supervisor", "influx-events", "{\"name\":\"" + name + "\",\"threshold\":2000}", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = Api.post("supervisor", "influx-events", "{\"threshold\":2000, \"name\":\"" + name + "\"}", key);
        assertThat(json(again).get("id").asText()).isEqualTo(json(first).get("id").asText());
        refusedInEveryLanguage("supervisor", "influx-events", "{\"name\":\"" + name + "\",\"threshold\":20}", key);
        assertThat(json(Api.get("supervisor", "influx-events?size=500")).get("items").findValuesAsText("name").stream()
                .filter(name::equals)).hasSize(1);
        assertThat(json(Api.get("supervisor", "influx-events/" + json(first).get("id").asText())).get("threshold").asInt()).isEqualTo(2000);
    }

    /** The demo camp site set up as a camp when no other test did it first: this class runs alone too. */
    private static void campSetUp(String camp) {
        if (Api.get("camp-manager", "camps/" + camp).statusCode() == 404) {
            assertThat(Api.send("camp-manager", "PUT", "camps/" + camp, "{\"areaM2\":20000}").statusCode()).isEqualTo(200);
        }
    }
}
