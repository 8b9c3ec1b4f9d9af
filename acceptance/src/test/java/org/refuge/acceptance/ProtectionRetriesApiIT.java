package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
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
 * Retries are safe in temporary protection (issue 10, item 9): the same request sent six times at once, as a client
 * that retries or a user who clicks again would, with the real tokens of the demo users, takes effect once; the other
 * answers are the same success or a clear 409, never a 5xx and never a second effect. Production, handover, a loss,
 * a termination and a renewal decision are each guarded by the household's turn (its row locked) and a state check.
 */
@ExtendWith(ArquillianExtension.class)
class ProtectionRetriesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }
    /** A household of the demo BCP with {@code members} Syrian members protected under a new decree; its registry number. */
    private static String protectedHousehold(int members) {
        String decree = Api.decree("TP-RETRY " + UUID.randomUUID().toString().substring(0, 8));
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), members, 0, 0, 0);
        for (int i = 0; i < members; i++) {
            Names n = i == 0 ? head : Names.random();
            Api.member(number, i == 0 ? "HEAD" : "SIBLING", n.givenLatin(), head.familyLatin(), "F", (1970 + i) + "-04-1" + i);
        }
        Api.clearSecurity(number);
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        return number;
    }

    private static List<JsonNode> documents(String number) {
        return StreamSupport.stream(json(Api.get("police", "documents/households/" + number)).spliterator(), false).toList();
    }

    /** The audit events of a record with this purpose (the auditor's view). */
    private static long audited(String record, String purpose) {
        JsonNode events = json(Api.get("auditor", "audit-events?record=" + record + "&size=500")).get("items");
        return StreamSupport.stream(events.spliterator(), false).filter(e -> purpose.equals(e.get("purpose").asText())).count();
    }

    @Test
    void attack_producingDocumentsTwice_byARetry_givesAPersonTwoDocuments() throws Exception {
        String number = protectedHousehold(2);
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("police", "documents/households/" + number, ""));
        Retries.onceAndClearOtherwise(answers, 201);
        List<JsonNode> documents = documents(number);
        assertThat(documents).as("one document per person").hasSize(2);
        assertThat(documents.stream().map(d -> d.get("personId").asText()).distinct()).hasSize(2);
        assertThat(audited(number, "2 identity documents produced")).isEqualTo(1);
    }

    @Test
    void attack_handingOverTwice_byARetry_recordsTwoHandovers() throws Exception {
        String number = protectedHousehold(1);
        JsonNode document = json(Api.post("police", "documents/households/" + number, "")).get(0);
        String id = document.get("id").asText();
        assertThat(Api.postForBytes("police", "documents/" + id + "/prints", "{}").statusCode()).isEqualTo(200);

        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("police", "documents/" + id + "/handover",
                "{\"handedTo\":\"the holder in person\"}"));
        Retries.onceAndClearOtherwise(answers, 204);
        JsonNode handedOver = documents(number).get(0);
        assertThat(handedOver.get("status").asText()).isEqualTo("HANDED_OVER");
        assertThat(audited(document.get("number").asText(), "handed over")).as("one handover").isEqualTo(1);
    }

    @Test
    void attack_reportingALossTwice_byARetry_recordsTwoLosses() throws Exception {
        String number = protectedHousehold(1);
        JsonNode document = json(Api.post("police", "documents/households/" + number, "")).get(0);
        String id = document.get("id").asText();

        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("police", "documents/" + id + "/missing",
                "{\"stolen\":false,\"circumstances\":\"lost at the market\"}"));
        Retries.onceAndClearOtherwise(answers, 204);
        assertThat(documents(number).get(0).get("status").asText()).isEqualTo("LOST");
        assertThat(audited(document.get("number").asText(), "reported lost")).as("one report").isEqualTo(1);
        // one replacement, not one per report
        Retries.onceAndClearOtherwise(Retries.sixAtOnce(() -> Api.post("police", "documents/households/" + number, "")), 201);
        assertThat(documents(number)).extracting(d -> d.get("status").asText()).containsExactlyInAnyOrder("LOST", "PRODUCED");
    }

    @Test
    void attack_endingProtectionTwice_byARetry_recordsTwoTerminations() throws Exception {
        String number = protectedHousehold(2);
        String person = json(Api.get("caseworker", "protection/households/" + number)).get("members").get(0).get("personId").asText();

        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("caseworker", "protection/persons/" + person + "/end",
                "{\"terminated\":true,\"ground\":\"Law on Refugees and Asylum, art. 64(1)\"}"));
        Retries.onceAndClearOtherwise(answers, 204);
        assertThat(json(Api.get("supervisor", "protection/persons/" + person + "/history")).findValuesAsText("action"))
                .containsExactly("GRANTED", "TERMINATED");
    }

    @Test
    void attack_decidingARenewalTwice_byARetry_extendsTwice() throws Exception {
        String number = protectedHousehold(2);
        List<JsonNode> first = StreamSupport.stream(json(Api.post("police", "documents/households/" + number, "")).spliterator(), false)
                .toList();
        for (JsonNode document : first) {
            assertThat(Api.printAndHandOver(document.get("id").asText(), "in person").statusCode()).isEqualTo(204);
        }
        // the second member's protection ends in ten days; extending the first moves the renewal into the past: due at once
        String early = first.get(1).get("personId").asText();
        TestDatabase.protectionEndsInDays(early, 10);
        assertThat(Api.post("caseworker", "protection/persons/" + first.get(0).get("personId").asText() + "/extension", "").statusCode())
                .isEqualTo(204);
        for (int i = 0; i < 60 && !renewalDue(number); i++) {
            Thread.sleep(1000);
        }
        assertThat(renewalDue(number)).as("the renewal task").isTrue();

        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("caseworker", "protection/households/" + number + "/renewal",
                "{\"decision\":\"RENEW\"}"));
        Retries.onceAndClearOtherwise(answers, 204);
        assertThat(json(Api.get("supervisor", "protection/persons/" + early + "/history")).findValuesAsText("action"))
                .as("one extension by the renewal").containsExactly("GRANTED", "EXTENDED");
        assertThat(audited(number, "renewal decided: RENEW")).isEqualTo(1);
    }

    private static boolean renewalDue(String number) {
        return Api.allItems("caseworker", "tasks?reference=" + number).stream()
                .anyMatch(task -> number.equals(task.get("businessKey").asText()) && "protection/decisions".equals(task.path("formKey").asText()));
    }
}
