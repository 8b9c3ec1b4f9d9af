package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screening per person through the arrival process, on the real EAR with real tokens: each member registered gets a
 * medical screening of their own, and a security check from 14 (REFUGE_SECURITY_CHECK_AGE), members added later too;
 * the household is screened (and allocation offered) only when each member is; a hit concerns its person, so the rest
 * of the family can be protected.
 */
@ExtendWith(ArquillianExtension.class)
class PersonScreeningApiIT {

    private static final String CLEARED = "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}";
    private static final String ISOLATION = "{\"triage\":\"URGENT\",\"communicableSuspicion\":true,\"isolationNeeded\":true,\"outcome\":\"ISOLATION\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static void answer(String police, String task, String nssAnswer) {
        expect(Api.post(police, "screening/tasks/" + task + "/security-check", "{\"nssReference\":\"NSS/1\",\"nssAnswer\":\"" + nssAnswer
                + "\",\"policeReference\":\"POL/1\",\"policeAnswer\":\"CLEAR\"}"), 204);
    }

    private static JsonNode summary(String user, String number) {
        return json(expect(Api.get(user, "screening/households/" + number), 200));
    }

    private static JsonNode personIn(JsonNode summaryOrHousehold, String field, String personId) {
        return StreamSupport.stream(summaryOrHousehold.get(field).spliterator(), false)
                .filter(p -> p.get("personId").asText().equals(personId)).findFirst().orElseThrow();
    }

    private static boolean awaitsAllocation(String number) {
        return json(expect(Api.get("camp-manager", "allocations?household=" + number), 200)).get("items").size() > 0;
    }

    @Test
    void eachMemberFromTheAge_getsASecurityCheck_aYoungerOneNone_andAMemberAddedLaterGetsOne() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 1, 0);
        assertThat(Api.tasks("police", number, "screening/security")).as("nobody registered yet: nobody to check").isEmpty();
        LocalDate today = LocalDate.now();
        String mother = Api.registerMember(number, "HEAD", "F", today.minusYears(35));
        String child = Api.registerMember(number, "CHILD", "F", today.minusYears(9));
        assertThat(Api.taskOf("police", number, mother, "screening/security")).isNotNull();
        assertThat(Api.taskOf("police", number, child, "screening/security")).as("9 years old: under 14").isNull();
        assertThat(Api.taskOf("medical", number, mother, "screening/medical")).isNotNull();
        assertThat(Api.taskOf("medical", number, child, "screening/medical")).as("everyone is screened medically").isNotNull();
        JsonNode row = Api.allItems("police", "tasks?reference=" + number).stream()
                .filter(t -> "screening/security".equals(t.get("formKey").asText())).findFirst().orElseThrow();
        assertThat(row.get("person").get("age").asInt()).as("the inbox row names the member and their age").isEqualTo(35);
        assertThat(row.get("person").get("name").asText()).isNotBlank();

        Api.screen(number);
        JsonNode screened = summary("caseworker", number);
        assertThat(screened.get("screened").asBoolean()).isTrue();
        assertThat(screened.get("security").asText()).isEqualTo("CLEAR");
        assertThat(personIn(screened, "persons", child).get("security").asText()).isEqualTo("NOT_DUE");
        assertThat(awaitsAllocation(number)).isTrue();

        // a relative who joins the family later (beyond the two declared) is checked too
        String uncle = Api.registerMember(number, "OTHER_RELATIVE", "M", today.minusYears(40));
        String check = Api.taskOf("police", number, uncle, "screening/security");
        assertThat(check).as("a member added later gets a security check").isNotNull();
        assertThat(Api.taskOf("medical", number, uncle, "screening/medical")).isNotNull();
        JsonNode waiting = summary("caseworker", number);
        assertThat(waiting.get("screened").asBoolean()).as("not every member is screened now").isFalse();
        assertThat(waiting.get("security").asText()).isEqualTo("PENDING");
        answer("police", check, "CLEAR");
        expect(Api.post("medical", "screening/tasks/" + Api.taskOf("medical", number, uncle, "screening/medical") + "/medical-screening",
                CLEARED), 204);
        assertThat(summary("caseworker", number).get("screened").asBoolean()).isTrue();
    }

    @Test
    void medicalScreening_isPerPerson_andTheHouseholdIsScreenedWhenEachMemberIs_thenAllocationIsOffered() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 2, 0, 0, 0);
        LocalDate today = LocalDate.now();
        String first = Api.registerMember(number, "HEAD", "F", today.minusYears(30));
        String second = Api.registerMember(number, "SIBLING", "F", today.minusYears(27));
        Api.clearSecurity(number);
        expect(Api.post("medical", "screening/tasks/" + Api.taskOf("medical", number, first, "screening/medical") + "/medical-screening",
                ISOLATION), 204);
        JsonNode half = summary("police", number);
        assertThat(half.hasNonNull("medicalOutcome")).as("not every member screened: no household outcome yet").isFalse();
        assertThat(personIn(half, "persons", first).get("screened").asBoolean()).isTrue();
        assertThat(personIn(half, "persons", first).hasNonNull("medicalOutcome")).as("a named person's outcome: medical staff only").isFalse();
        assertThat(personIn(half, "persons", second).get("screened").asBoolean()).isFalse();
        assertThat(half.get("screened").asBoolean()).isFalse();
        JsonNode forMedical = summary("medical", number);
        assertThat(personIn(forMedical, "persons", first).get("medicalOutcome").asText()).isEqualTo("ISOLATION");
        assertThat(personIn(forMedical, "persons", second).hasNonNull("medicalOutcome")).isFalse();
        assertThat(awaitsAllocation(number)).as("allocation waits for each member's screening").isFalse();

        expect(Api.post("medical", "screening/tasks/" + Api.taskOf("medical", number, second, "screening/medical") + "/medical-screening",
                CLEARED), 204);
        JsonNode done = summary("registrar", number);
        assertThat(done.get("medicalOutcome").asText()).as("the outcome that asks most of accommodation").isEqualTo("ISOLATION");
        assertThat(done.get("screened").asBoolean()).isTrue();
        assertThat(done.get("security").asText()).as("the registrar sees no result").isEqualTo("DONE");
        assertThat(awaitsAllocation(number)).isTrue();

        JsonNode details = json(expect(Api.get("medical", "screening/households/" + number + "/medical"), 200));
        assertThat(details).hasSize(2);
        assertThat(personIn(wrap(details), "items", first).get("triage").asText()).isEqualTo("URGENT");
        assertThat(personIn(wrap(details), "items", second).get("triage").asText()).isEqualTo("NON_URGENT");
        assertThat(Api.get("police", "screening/households/" + number + "/medical").statusCode()).isEqualTo(403);
    }

    /** A JSON array as {"items": [...]}, to find a person in it. */
    private static JsonNode wrap(JsonNode array) {
        com.fasterxml.jackson.databind.node.ObjectNode wrapped = Api.JSON.createObjectNode();
        wrapped.set("items", array);
        return wrapped;
    }

    @Test
    void aHitOnOneMember_leavesTheOthersGrantable_andOnlyTheHitPersonNeedsAnException() {
        String decree = Api.decree("TP-S " + UUID.randomUUID().toString().substring(0, 8));
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 1, 1, 0);
        LocalDate today = LocalDate.now();
        String mother = Api.registerMember(number, "HEAD", "F", today.minusYears(38));
        String father = Api.registerMember(number, "SPOUSE", "M", today.minusYears(41));
        String daughter = Api.registerMember(number, "CHILD", "F", today.minusYears(6));
        answer("police", Api.taskOf("police", number, mother, "screening/security"), "CLEAR");
        answer("police", Api.taskOf("police", number, father, "screening/security"), "HIT");
        Api.medical(number, CLEARED);

        JsonNode summary = summary("caseworker", number);
        assertThat(summary.get("security").asText()).isEqualTo("HIT");
        assertThat(personIn(summary, "persons", father).get("security").asText()).as("the hit concerns its person").isEqualTo("HIT");
        assertThat(personIn(summary, "persons", mother).get("security").asText()).isEqualTo("CLEAR");
        assertThat(summary("registrar", number).get("security").asText()).as("a flag without the result for others").isEqualTo("DONE");

        JsonNode worklist = json(expect(Api.get("caseworker", "protection/worklist?decree=" + decree + "&size=500&arrivedFrom="
                + today.minusDays(1)), 200));
        assertThat(worklist.get("items")).extracting(h -> h.get("registryNumber").asText()).as("the others are ready for a decision")
                .contains(number);

        JsonNode granted = json(expect(Api.post("caseworker", "protection/households/" + number + "/grant",
                "{\"decreeId\":\"" + decree + "\"}"), 200));
        assertThat(personIn(granted, "members", mother).get("status").asText()).isEqualTo("GRANTED");
        assertThat(personIn(granted, "members", daughter).get("status").asText()).as("under 14: no check to wait for").isEqualTo("GRANTED");
        assertThat(personIn(granted, "members", father).hasNonNull("status")).as("the hit person is not granted").isFalse();
        assertThat(personIn(granted, "members", father).get("security").asText()).isEqualTo("HIT");

        HttpResponse<String> refused = Api.post("caseworker", "protection/households/" + number + "/grant",
                "{\"decreeId\":\"" + decree + "\",\"persons\":[\"" + father + "\"]}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).contains("propose an exception");
        HttpResponse<String> proposed = Api.post("caseworker", "protection/exceptions", "{\"personId\":\"" + father + "\",\"decreeId\":\""
                + decree + "\",\"justification\":\"The hit names a namesake; NSS asked again\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        assertThat(Api.allItems("supervisor", "protection/exceptions")).filteredOn(e -> e.get("id").asText().equals(json(proposed).get("id").asText()))
                .extracting(e -> e.get("reason").asText()).containsExactly("SECURITY_HIT");
    }

    @Test
    void aMemberLinkedFromAnotherHousehold_isScreenedUnderTheOldOne_andTheirIsolationRanksTheNewHousehold() {
        LocalDate birth = LocalDate.now().minusYears(30);
        String document = "AM" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8_999_999));
        Names earlier = Names.random();
        String first = Api.preRegister("registrar", earlier.givenLatin() + " " + earlier.familyLatin(), 1, 0, 0, 0);
        String person = json(expect(Api.post("registrar", "households/" + first + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + earlier.givenLatin() + "\",\"familyName\":\"" + earlier.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\""
                + document + "\"}]}"), 201)).get("person").get("id").asText();

        Names head = Names.random();
        String second = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 1, 0, 0);
        Api.registerMember(second, "HEAD", "M", birth.minusYears(2));
        expect(Api.post("registrar", "households/" + second + "/members", "{\"relationship\":\"SPOUSE\",\"givenName\":\""
                + earlier.givenLatin() + "\",\"familyName\":\"" + earlier.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"" + birth
                + "\",\"birthPrecision\":\"EXACT\",\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"" + document
                + "\"}],\"decisions\":{\"" + person + "\":\"SAME\"}}"), 200);
        assertThat(TestDatabase.isolated(second)).as("nobody isolated yet").isFalse();

        String medical = Api.taskOf("medical", first, person, "screening/medical");
        assertThat(medical).as("the linked member's screening stays under the household it started in").isNotNull();
        expect(Api.post("medical", "screening/tasks/" + medical + "/medical-screening", ISOLATION), 204);
        assertThat(TestDatabase.isolated(second)).as("reporting's summary of the household the member is in now").isTrue();
    }
}
