package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks of issue 10 on input: a value a form let through but the database refuses, a null in a list, a list longer
 * than PostgreSQL binds, a change the record's state forbids, no body. Each answers 400 or 409 as problem+json
 * naming the field where it can be known, never 500, and the server log never gets the person's row.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String member(Names n, String extra) {
        return "{\"relationship\":\"HEAD\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"F\",\"birthDate\":\"1985-03-04\",\"birthPrecision\":\"EXACT\"" + extra + "}";
    }

    private static String household(Names n) {
        return Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
    }

    private static void problem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
        if (field != null) {
            assertThat(json(response).get("errors").toString()).contains("\"field\":\"" + field + "\"");
        }
    }

    private static long logLength() throws IOException {
        return Files.exists(Typed.LOG) ? Files.size(Typed.LOG) : 0;
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(Typed.LOG);
        return new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset, all.length)), StandardCharsets.UTF_8);
    }

    @Test
    void aPhoneOfTwoDigitsAndASpace_answers400AtThePhone_andTheLogGetsNoneOfTheRow() throws IOException {
        Names n = Names.random();
        String number = household(n);
        long before = logLength();
        HttpResponse<String> response = Api.post("registrar", "households/" + number + "/members", member(n, ",\"phone\":\"12 \""));
        problem(response, 400, "phone");
        assertThat(json(response).get("errors").get(0).get("message").asText()).contains("phone number");
        String log = logSince(before);
        assertThat(log).doesNotContain(n.givenLatin()).doesNotContain(n.familyLatin()).doesNotContain("Failing row");
        // the same member with a real phone is registered
        assertThat(Api.post("registrar", "households/" + number + "/members", member(n, ",\"phone\":\"+374 10 123456 \"")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aNullInThePreRegistrationsNeeds_answers400() {
        Names n = Names.random();
        HttpResponse<String> response = Api.post("registrar", "households", "{\"headName\":\"" + n.givenLatin() + " "
                + n.familyLatin() + "\",\"femaleAdults\":1,\"visibleNeeds\":[null]}");
        problem(response, 400, "visibleNeeds[0]");
    }

    @Test
    void aNameWhoseLatinSpellingIsTooLongForItsColumn_answers400_inTheCallersLanguage() {
        Names n = Names.random();
        String number = household(n);
        // 100 letters typed, 400 in Latin ("Shch"): the form allows it, the column of the Latin spelling does not
        String body = member(n, "").replace("\"givenName\":\"" + n.givenLatin() + "\"", "\"givenName\":\"" + "Щ".repeat(100) + "\"");
        HttpResponse<String> response = Api.send(Api.request("registrar", "households/" + number + "/members")
                .setHeader("Accept-Language", "ru").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        problem(response, 400, null);
        assertThat(json(response).get("detail").asText()).isEqualTo("Это значение слишком длинное.");
    }

    @Test
    void aBirthDateBeforeTheDatabasesCalendar_answers400() {
        Names n = Names.random();
        String number = household(n);
        HttpResponse<String> response = Api.post("registrar", "households/" + number + "/members",
                member(n, "").replace("1985-03-04", "-9999-01-01"));
        problem(response, 400, null);
    }

    @Test
    void aListLongerThanTheDatabaseBinds_answers400() {
        StringBuilder tents = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            tents.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
        }
        HttpResponse<String> response = Api.post("camp-manager", "allocations",
                "{\"registryNumber\":\"X\",\"campCode\":\"X\",\"tents\":[" + tents + "]}");
        problem(response, 400, null);
        assertThat(json(response).get("detail").asText()).contains("1000");
    }

    @Test
    void aMissingBody_andAJsonNull_answer400() {
        problem(Api.post("registrar", "households", ""), 400, null);
        problem(Api.post("registrar", "households", "null"), 400, null);
        problem(Api.send("camp-manager", "PUT", "camps/NOWHERE/power", ""), 400, null);
    }

    @Test
    void correctingAPersonOfAVoidedHousehold_answers409() {
        Names n = Names.random();
        String number = household(n);
        HttpResponse<String> registered = Api.post("registrar", "households/" + number + "/members", member(n, ""));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = json(registered).get("person").get("id").asText();
        assertThat(Api.post("registrar", "households/" + number + "/void", "{\"reason\":\"registered in error\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> correction = Api.send("registrar", "PUT", "persons/" + id, member(n, ""));
        problem(correction, 409, null);
    }

    @Test
    void anIdThatCannotNameARecord_isRefusedOnce_withTheSharedKernelsSentence_inTheCallersLanguage() {
        HttpResponse<String> household = Api.get("supervisor", "households/not-a-number");
        problem(household, 404, null);
        assertThat(json(household).get("detail").asText())
                .isEqualTo("This is not a registry number; it looks like BCP-MARGARA-20261123-00042.");
        HttpResponse<String> screening = Api.send(Api.request("supervisor", "screening/households/42")
                .setHeader("Accept-Language", "hy").GET());
        problem(screening, 404, null);
        assertThat(json(screening).get("detail").asText())
                .isEqualTo("Սա գրանցման համար չէ․ այն ունի BCP-MARGARA-20261123-00042 տեսքը։");
        HttpResponse<String> person = Api.send(Api.request("supervisor", "persons/not-an-id").setHeader("Accept-Language", "ru").GET());
        problem(person, 404, null);
        assertThat(json(person).get("detail").asText()).isEqualTo("Это не идентификатор зарегистрированного лица.");
        // in a query the parameter is named, as a field of the request
        HttpResponse<String> duplicates = Api.get("caseworker", "duplicates?household=nonsense");
        problem(duplicates, 400, "household");
        // typed in lower case with blanks around it, a registry number is the same household's
        String number = household(Names.random());
        assertThat(Api.get("registrar", "households/%20" + number.toLowerCase(java.util.Locale.ROOT) + "%20").statusCode()).isEqualTo(200);
    }
}
