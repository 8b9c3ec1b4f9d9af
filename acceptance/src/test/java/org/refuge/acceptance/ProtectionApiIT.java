package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Temporary-protection decisions through the API: under a decree in force a caseworker grants protection to a
 * registered family's covered members for one year; a member outside the decree's scope needs an exception that a
 * supervisor, not the proposer, decides; extension and termination with their history; roles refused.
 */
@ExtendWith(ArquillianExtension.class)
class ProtectionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String member(String relationship, String sex, String birth, String citizenship) {
        Names n = Names.random();
        return "{\"relationship\":\"" + relationship + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"" + citizenship + "\"]}";
    }

    private static JsonNode person(JsonNode household, String relationship) {
        return StreamSupport.stream(household.get("members").spliterator(), false)
                .filter(m -> m.get("relationship").asText().equals(relationship)).findFirst().orElseThrow();
    }

    @Test
    void aCaseworkerGrantsTheCoveredMembers_andASupervisorDecidesTheException() {
        String decree = json(Api.post("supervisor", "decrees", "{\"number\":\"TP " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(1)
                + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":false,\"arrivedFrom\":\"" + LocalDate.now().minusDays(10) + "\"}"))
                .get("id").asText();
        String number = Api.preRegister("registrar", "Layla Haddad", 1, 0, 1, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", member("HEAD", "F", "1985-03-02", "SYR")).statusCode()).isEqualTo(201);
        assertThat(Api.post("registrar", "households/" + number + "/members", member("CHILD", "F", "2015-06-11", "IRQ")).statusCode()).isEqualTo(201);

        JsonNode before = json(Api.get("caseworker", "protection/households/" + number + "?decree=" + decree));
        assertThat(person(before, "HEAD").get("inScope").asBoolean()).isTrue();
        assertThat(person(before, "CHILD").get("inScope").asBoolean()).as("Iraqi citizenship is outside the decree").isFalse();
        assertThat(Api.get("registrar", "protection/households/" + number).statusCode()).isEqualTo(403);
        assertThat(Api.get("police2", "protection/households/" + number).statusCode()).as("police of another BCP").isEqualTo(403);

        String grant = "{\"decreeId\":\"" + decree + "\"}";
        assertThat(Api.post("registrar", "protection/households/" + number + "/grant", grant).statusCode()).isEqualTo(403);
        assertThat(Api.post("police", "protection/households/" + number + "/grant", grant).statusCode()).isEqualTo(403);
        HttpResponse<String> pending = Api.post("caseworker", "protection/households/" + number + "/grant", grant);
        assertThat(pending.statusCode()).as("nobody is protected before the security check answered").isEqualTo(409);
        assertThat(json(pending).get("detail").asText()).contains("security check");
        Api.clearSecurity(number);
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + number + "/grant", grant);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonNode head = person(json(granted), "HEAD");
        assertThat(head.get("status").asText()).isEqualTo("GRANTED");
        assertThat(head.get("validUntil").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Yerevan")).plusYears(1).toString());
        JsonNode child = person(json(granted), "CHILD");
        assertThat(child.hasNonNull("status")).as("not granted").isFalse();
        HttpResponse<String> again = Api.post("caseworker", "protection/households/" + number + "/grant",
                "{\"decreeId\":\"" + decree + "\",\"persons\":[\"" + child.get("personId").asText() + "\"]}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("detail").asText()).contains("propose an exception");

        String childId = child.get("personId").asText();
        HttpResponse<String> unjustified = Api.post("caseworker", "protection/exceptions",
                "{\"personId\":\"" + childId + "\",\"decreeId\":\"" + decree + "\",\"justification\":\" \"}");
        assertThat(unjustified.statusCode()).isEqualTo(400);
        HttpResponse<String> proposed = Api.post("caseworker", "protection/exceptions",
                "{\"personId\":\"" + childId + "\",\"decreeId\":\"" + decree + "\",\"justification\":\"Child of a protected mother: family unity\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String exception = json(proposed).get("id").asText();
        assertThat(Api.post("caseworker", "protection/exceptions/" + exception + "/decision", "{\"approve\":true}").statusCode())
                .as("the proposer cannot approve").isEqualTo(403);
        assertThat(Api.allItems("supervisor", "protection/exceptions")).extracting(e -> e.get("id").asText()).contains(exception);
        assertThat(Api.post("supervisor", "protection/exceptions/" + exception + "/decision", "{\"approve\":true,\"note\":\"family unity\"}")
                .statusCode()).isEqualTo(204);
        assertThat(Api.post("supervisor", "protection/exceptions/" + exception + "/decision", "{\"approve\":false}").statusCode()).isEqualTo(409);
        assertThat(person(json(Api.get("police", "protection/households/" + number + "?decree=" + decree)), "CHILD").get("status").asText())
                .isEqualTo("GRANTED");

        String headId = head.get("personId").asText();
        assertThat(Api.post("caseworker", "protection/persons/" + headId + "/extension", "").statusCode()).isEqualTo(204);
        assertThat(Api.post("caseworker", "protection/persons/" + headId + "/end", "{\"terminated\":true,\"ground\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(Api.post("caseworker", "protection/persons/" + headId + "/end",
                "{\"terminated\":true,\"ground\":\"Law on Refugees and Asylum, art. 64(1)\"}").statusCode()).isEqualTo(204);
        assertThat(Api.post("caseworker", "protection/persons/" + headId + "/extension", "").statusCode()).isEqualTo(409);
        HttpResponse<String> grantedAgain = Api.post("caseworker", "protection/exceptions",
                "{\"personId\":\"" + headId + "\",\"decreeId\":\"" + decree + "\",\"justification\":\"again\"}");
        assertThat(grantedAgain.statusCode()).as("protected before: no exception").isEqualTo(409);
        List<String> steps = json(Api.get("supervisor", "protection/persons/" + headId + "/history")).findValuesAsText("action");
        assertThat(steps).containsExactly("GRANTED", "EXTENDED", "TERMINATED");
        assertThat(json(Api.get("caseworker", "protection/persons/" + childId + "/history")).findValuesAsText("action"))
                .containsExactly("PROPOSED", "APPROVED", "GRANTED");
    }

    @Test
    void attack_extendingProtectionTwice_byARetryOrADoubleClick_givesTwoExtraYears() throws Exception {
        String decree = Api.decree("TP " + UUID.randomUUID().toString().substring(0, 8));
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", member("HEAD", "F", "1979-08-14", "SYR")).statusCode()).isEqualTo(201);
        Api.clearSecurity(number);
        JsonNode granted = json(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}"));
        String headId = person(granted, "HEAD").get("personId").asText();
        LocalDate oneYear = LocalDate.parse(person(granted, "HEAD").get("validUntil").asText());

        // six clicks at once: one extension, five clear refusals
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(clicks.submit(() -> Api.post("caseworker", "protection/persons/" + headId + "/extension", "")));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        clicks.shutdown();
        assertThat(statuses).as(statuses.toString()).containsOnly(204, 409).filteredOn(s -> s == 204).hasSize(1);
        HttpResponse<String> retry = Api.post("caseworker", "protection/persons/" + headId + "/extension", "");
        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(json(retry).get("detail").asText()).contains("extended already");
        JsonNode after = json(Api.get("caseworker", "protection/households/" + number + "?decree=" + decree));
        assertThat(LocalDate.parse(person(after, "HEAD").get("validUntil").asText())).isEqualTo(oneYear.plusYears(1));
        assertThat(json(Api.get("supervisor", "protection/persons/" + headId + "/history")).findValuesAsText("action"))
                .containsExactly("GRANTED", "EXTENDED");
    }

    /** A woman of her own household, registered with a passport; the fields she is registered with, to register her again. */
    private record Woman(String household, String person, String details) {
    }

    /**
     * A Syrian woman registered with a passport and a portrait at the head of a household (with a sister when asked),
     * security-checked and granted protection under the decree.
     */
    private static Woman protectedWoman(String grant, boolean withSister) {
        LocalDate birth = LocalDate.now().minusYears(31);
        String passport = "AM" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8_999_999));
        Names her = Names.random();
        String details = "\"givenName\":\"" + her.givenLatin() + "\",\"familyName\":\"" + her.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"],"
                + "\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"" + passport + "\"}]";
        String household = Api.preRegister("registrar", her.givenLatin() + " " + her.familyLatin(), withSister ? 2 : 1, 0, 0, 0);
        HttpResponse<String> registered = Api.post("registrar", "households/" + household + "/members", "{\"relationship\":\"HEAD\"," + details + "}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String person = json(registered).get("person").get("id").asText();
        assertThat(Api.put("registrar", "persons/" + person + "/photo", "image/jpeg", Portraits.jpeg()).statusCode()).isEqualTo(204);
        if (withSister) {
            Api.member(household, "SIBLING", Names.random().givenLatin(), her.familyLatin(), "F", birth.plusYears(3).toString());
        }
        Api.clearSecurity(household);
        assertThat(Api.post("caseworker", "protection/households/" + household + "/grant", grant).statusCode()).isEqualTo(200);
        assertThat(Api.tasks("police", household, "protection/documents")).as("their cards are due").hasSize(1);
        return new Woman(household, person, details);
    }

    /** A household of a Syrian man at its head and his wife still to register; its registry number and his id. */
    private static String[] husbandsFamily() {
        Names him = Names.random();
        String household = Api.preRegister("registrar", him.givenLatin() + " " + him.familyLatin(), 1, 1, 0, 0);
        return new String[] {household, Api.member(household, "HEAD", him.givenLatin(), him.familyLatin(), "M", "1990-04-05")};
    }

    private static void linkAsWife(String household, Woman her) {
        HttpResponse<String> linked = Api.post("registrar", "households/" + household + "/members", "{\"relationship\":\"SPOUSE\","
                + her.details() + ",\"decisions\":{\"" + her.person() + "\":\"SAME\"}}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    }

    /**
     * A protected woman registered again with her husband's family and linked there at the desk takes her protection
     * along: the family's grant protects him only (her status is not written twice), the family's card production
     * makes his card and hers, and the household she left, with nobody protected in it, ends its document process.
     */
    @Test
    void aProtectedPersonLinkedIntoAnotherFamily_keepsHerProtection_andTheFamilysGrantProtectsTheOthers() {
        String decree = Api.decree("TP " + UUID.randomUUID().toString().substring(0, 8));
        String grant = "{\"decreeId\":\"" + decree + "\"}";
        Woman wife = protectedWoman(grant, false);
        String[] family = husbandsFamily();
        linkAsWife(family[0], wife);
        assertThat(Api.tasks("police", wife.household(), "protection/documents")).as("nobody protected is left where she was").isEmpty();
        assertThat(Api.tasks("police", family[0], "protection/documents")).as("her card is due in the family she joined").hasSize(1);

        Api.clearSecurity(family[0]);
        JsonNode before = json(Api.get("caseworker", "protection/households/" + family[0] + "?decree=" + decree));
        assertThat(person(before, "SPOUSE").get("status").asText()).as("protected before she joined").isEqualTo("GRANTED");
        assertThat(person(before, "HEAD").hasNonNull("status")).isFalse();
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + family[0] + "/grant", grant);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(person(json(granted), "HEAD").get("status").asText()).isEqualTo("GRANTED");
        assertThat(json(Api.get("caseworker", "protection/persons/" + wife.person() + "/history")).findValuesAsText("action"))
                .containsExactly("GRANTED");

        HttpResponse<String> produced = Api.post("police", "documents/households/" + family[0], "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        assertThat(json(produced).findValuesAsText("personId")).containsExactlyInAnyOrder(wife.person(), family[1]);
    }

    /**
     * A protected woman who holds her card, linked into her husband's family, is waited for by nobody there; the
     * household she left keeps its clock for her sister, who still waits for hers.
     */
    @Test
    void aProtectedPersonWithHerCard_linkedIntoAnotherFamily_isWaitedForByNobody_andTheHouseholdSheLeftWaitsForTheOthers() {
        String grant = "{\"decreeId\":\"" + Api.decree("TP " + UUID.randomUUID().toString().substring(0, 8)) + "\"}";
        Woman wife = protectedWoman(grant, true);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + wife.household(), "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        JsonNode hers = StreamSupport.stream(json(produced).spliterator(), false)
                .filter(d -> d.get("personId").asText().equals(wife.person())).findFirst().orElseThrow();
        assertThat(Api.printAndHandOver(hers.get("id").asText(), "herself").statusCode()).isEqualTo(204);

        String[] family = husbandsFamily();
        linkAsWife(family[0], wife);
        assertThat(Api.tasks("police", family[0], "protection/documents")).as("she holds her card").isEmpty();
        assertThat(Api.tasks("police", wife.household(), "protection/documents")).as("her sister's card is due").hasSize(1);
    }

    /**
     * An address that cannot name a household or a person is refused by the shared kernel before any service runs: the
     * same refusal for every context (a path that names no record, so 404), problem+json with the kernel's sentence in
     * the caller's language, never the "unknown household" of a well-formed number nobody has.
     */
    @Test
    void aMalformedRegistryNumberOrPersonId_inAProtectionPath_isRefusedWithTheKernelsSentence_inTheCallersLanguage() {
        HttpResponse<String> english = Api.get("caseworker", "protection/households/not-a-number");
        problem(english, 404);
        assertThat(json(english).get("detail").asText()).isEqualTo("This is not a registry number; it looks like BCP-MARGARA-20261123-00042.");
        HttpResponse<String> russian = Api.send(Api.request("police", "documents/households/42").setHeader("Accept-Language", "ru")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        problem(russian, 404);
        assertThat(json(russian).get("detail").asText()).isEqualTo("Это не регистрационный номер; он выглядит так: BCP-MARGARA-20261123-00042.");
        HttpResponse<String> renewal = Api.send(Api.request("caseworker", "protection/households/BCP-MARGARA-2026/renewal")
                .setHeader("Accept-Language", "ru").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"decision\":\"RENEW\"}")));
        problem(renewal, 404);
        assertThat(json(renewal).get("detail").asText()).isEqualTo("Это не регистрационный номер; он выглядит так: BCP-MARGARA-20261123-00042.");
        HttpResponse<String> person = Api.get("caseworker", "protection/persons/not-an-id/history");
        problem(person, 404);
        assertThat(json(person).get("detail").asText()).isEqualTo("This is not the identifier of a registered person.");

        // typed in lower case with blanks around it, a registry number is the same household's
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        HttpResponse<String> clock = Api.get("caseworker", "documents/households/%20" + number.toLowerCase(java.util.Locale.ROOT) + "%20/clock");
        assertThat(clock.statusCode()).as(clock.body()).isEqualTo(200);
    }

    private static void problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
