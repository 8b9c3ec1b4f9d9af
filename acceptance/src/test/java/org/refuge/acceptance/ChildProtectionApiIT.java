package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unaccompanied and separated children through the API with real tokens (issue 14, item 8): allocation never places an
 * unaccompanied child with unrelated adults until a social worker records a caregiver arrangement; the best-interests
 * task reaches the social workers' inbox due in 24 hours, also for a code added later, and recording the assessment
 * completes it; a family-tracing request typed in Latin letters finds a parent registered in Cyrillic.
 */
@ExtendWith(ArquillianExtension.class)
class ChildProtectionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** A child of the demo BCP, alone in their household (its head), with these need codes; [registry number, person id]. */
    private static String[] childAlone(String given, String family, String needs) {
        String number = Api.preRegister("registrar", given + " " + family, 0, 0, 1, 0);
        String person = registerMember(number, "HEAD", given, family, "F", LocalDate.now().minusYears(11).toString(), needs);
        return new String[] {number, person};
    }

    private static String registerMember(String number, String relationship, String given, String family, String sex, String birth,
                                         String needs) {
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"" + relationship
                + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth
                + "\",\"birthPrecision\":\"EXACT\",\"needs\":[" + needs + "]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        return json(member).get("person").get("id").asText();
    }

    private static HttpResponse<String> allocate(String number, String camp, String... tents) {
        String chosen = tents.length == 0 ? "" : ",\"tents\":[\"" + String.join("\",\"", tents) + "\"]";
        return Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"" + chosen + "}");
    }

    private static String allocatedTent(String number, String camp) {
        HttpResponse<String> allocated = allocate(number, camp);
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        return json(allocated).get("tents").get(0).get("tentId").asText();
    }

    private static void assertRefused(HttpResponse<String> response, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(json(response).get("rule").asText()).isEqualTo(rule);
    }

    private static List<JsonNode> tasks(String user, String number) {
        return StreamSupport.stream(json(Api.get(user, "tasks?reference=" + number)).get("items").spliterator(), false)
                .filter(task -> "assistance/best-interests".equals(task.path("formKey").asText())).toList();
    }

    @Test
    void anUnaccompaniedChild_isNotAllocatedWithUnrelatedAdults_untilASocialWorkerRecordsACaregiverArrangement() {
        String camp = Api.newCamp(2, 10);
        String adults = Api.screenedHousehold(2, 0, false);
        String tentOfAdults = allocatedTent(adults, camp);
        Names names = Names.random();
        String[] child = childAlone(names.givenLatin(), names.familyLatin(), "\"SC-UC\"");
        Api.screen(child[0]);

        HttpResponse<String> withStrangers = allocate(child[0], camp, tentOfAdults);
        assertRefused(withStrangers, "unaccompaniedChild");
        assertThat(json(withStrangers).get("detail").asText()).contains("unaccompanied child").contains("caregiver arrangement");
        HttpResponse<String> inRussian = Api.send(Api.request("supervisor", "allocations").setHeader("Accept-Language", "ru")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"registryNumber\":\"" + child[0] + "\",\"campCode\":\"" + camp + "\",\"tents\":[\"" + tentOfAdults + "\"]}")));
        assertThat(json(inRussian).get("detail").asText()).contains("Несопровождаемого ребёнка");

        JsonNode proposal = json(Api.get("supervisor", "allocations/proposal?household=" + child[0] + "&camp=" + camp));
        assertThat(proposal.get("tents")).hasSize(1);
        String emptyTent = proposal.get("tents").get(0).get("tentId").asText();
        assertThat(emptyTent).as("the tent nobody is in, not the tightest fit").isNotEqualTo(tentOfAdults);

        String moreAdults = Api.screenedHousehold(2, 0, false);
        assertThat(allocate(moreAdults, camp, emptyTent).statusCode()).isEqualTo(201);
        assertRefused(Api.get("supervisor", "allocations/proposal?household=" + child[0] + "&camp=" + camp), "unaccompaniedChildNoEmptyTent");
        assertRefused(allocate(child[0], camp), "unaccompaniedChildNoEmptyTent");

        assertThat(Api.send("social-worker", "PUT", "assistance/children/" + child[1] + "/caregiver", "{\"name\":\"Anahit Sargsyan\","
                + "\"relation\":\"COMMUNITY_CARER\",\"personId\":\"" + java.util.UUID.randomUUID() + "\"}").statusCode())
                .as("a registered caregiver must be in the registry").isEqualTo(400);
        HttpResponse<String> caregiver = Api.send("social-worker", "PUT", "assistance/children/" + child[1] + "/caregiver",
                "{\"name\":\"Anahit Sargsyan\",\"relation\":\"COMMUNITY_CARER\",\"contact\":\"+374 91 000000\"}");
        assertThat(caregiver.statusCode()).as(caregiver.body()).isEqualTo(200);
        assertThat(json(caregiver).get("child").get("caregiver").get("relation").asText()).isEqualTo("COMMUNITY_CARER");
        assertThat(Api.send("registrar", "PUT", "assistance/children/" + child[1] + "/caregiver",
                "{\"name\":\"Anahit Sargsyan\",\"relation\":\"COMMUNITY_CARER\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> withCarer = allocate(child[0], camp, tentOfAdults);
        assertThat(withCarer.statusCode()).as("a caregiver arrangement is recorded: " + withCarer.body()).isEqualTo(201);
    }

    @Test
    void noHouseholdWithAdults_joinsTheTentOfAnUnaccompaniedChild() {
        String camp = Api.newCamp(2, 10);
        Names names = Names.random();
        String[] child = childAlone(names.givenLatin(), names.familyLatin(), "\"SC-UC\"");
        Api.screen(child[0]);
        String childsTent = allocatedTent(child[0], camp);

        String adults = Api.screenedHousehold(1, 0, false);
        JsonNode proposal = json(Api.get("supervisor", "allocations/proposal?household=" + adults + "&camp=" + camp));
        assertThat(proposal.get("tents").get(0).get("tentId").asText()).isNotEqualTo(childsTent);
        assertRefused(allocate(adults, camp, childsTent), "unaccompaniedChild");
    }

    @Test
    void theBestInterestsTask_reachesTheSocialWorkersInbox_dueIn24Hours_andTheAssessmentCompletesIt() {
        Names names = Names.random();
        String[] child = childAlone(names.givenLatin(), names.familyLatin(), "\"SC-SC\"");

        List<JsonNode> offered = tasks("social-worker", child[0]);
        assertThat(offered).as("the social worker's inbox").hasSize(1);
        JsonNode task = offered.get(0);
        assertThat(task.get("candidateGroups").toString()).contains("social-worker");
        assertThat(tasks("registrar", child[0])).isEmpty();

        JsonNode file = json(Api.get("social-worker", "assistance/children/" + child[1]));
        JsonNode assessment = file.get("child").get("assessment");
        Instant opened = Instant.parse(assessment.get("openedAt").asText());
        Instant due = Instant.parse(assessment.get("dueAt").asText());
        assertThat(Duration.between(opened, due)).isEqualTo(Duration.ofHours(24));
        assertThat(Instant.parse(task.get("dueAt").asText())).as("the task's due date").isEqualTo(due);
        assertThat(file.get("child").get("needCode").asText()).isEqualTo("SC-SC");

        JsonNode list = json(Api.get("social-worker", "assistance/children?open=true&size=500"));
        assertThat(list.get("items").findValuesAsText("personId")).contains(child[1]);

        HttpResponse<String> noOutcome = Api.post("social-worker", "assistance/children/" + child[1] + "/best-interests", "{}");
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        HttpResponse<String> assessed = Api.post("social-worker", "assistance/children/" + child[1] + "/best-interests",
                "{\"outcome\":\"FAMILY_TRACING\",\"note\":\"Mother believed to have crossed at Bagratashen.\"}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        assertThat(json(assessed).get("child").get("assessment").get("outcome").asText()).isEqualTo("FAMILY_TRACING");
        assertThat(json(assessed).get("child").get("assessment").get("assessedBy").asText()).isEqualTo("social-worker");
        assertThat(tasks("social-worker", child[0])).as("completed").isEmpty();
        assertRefused(Api.post("social-worker", "assistance/children/" + child[1] + "/best-interests",
                "{\"outcome\":\"NO_ACTION_NEEDED\"}"), "assessmentNotOpen");
    }

    @Test
    void aCodeAddedLater_opensTheAssessmentToo() {
        Names names = Names.random();
        String[] child = childAlone(names.givenLatin(), names.familyLatin(), "");
        assertThat(tasks("social-worker", child[0])).isEmpty();
        assertThat(Api.get("social-worker", "assistance/children/" + child[1]).statusCode()).as("not a separated child").isEqualTo(404);

        HttpResponse<String> corrected = Api.send("registrar", "PUT", "persons/" + child[1], "{\"relationship\":\"HEAD\",\"givenName\":\""
                + names.givenLatin() + "\",\"familyName\":\"" + names.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\""
                + LocalDate.now().minusYears(11) + "\",\"birthPrecision\":\"EXACT\",\"needs\":[\"SC-UC\"]}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(tasks("social-worker", child[0])).hasSize(1);
        assertThat(json(Api.get("supervisor", "assistance/children/" + child[1])).get("child").get("needCode").asText()).isEqualTo("SC-UC");
    }

    @Test
    void aTracingRequestInLatinLetters_findsAParentRegisteredInCyrillic_andTheConfirmedParentBecomesTheCaregiver() {
        Names parentNames = Names.random();
        String parentHousehold = Api.preRegister("registrar", parentNames.givenCyrillic() + " " + parentNames.familyCyrillic(), 1, 0, 0, 0);
        String parent = registerMember(parentHousehold, "HEAD", parentNames.givenCyrillic(), parentNames.familyCyrillic(), "F",
                "1985-04-02", "");
        String namesakeHousehold = Api.preRegister("registrar2", parentNames.givenCyrillic() + " " + parentNames.familyCyrillic(), 1, 0, 0, 0);
        HttpResponse<String> namesake = Api.post("registrar2", "households/" + namesakeHousehold + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + parentNames.givenCyrillic() + "\",\"familyName\":\"" + parentNames.familyCyrillic()
                + "\",\"sex\":\"F\",\"birthDate\":\"1950-01-01\",\"birthPrecision\":\"EXACT\"}");
        assertThat(namesake.statusCode()).as(namesake.body()).isEqualTo(201);
        String[] child = childAlone(Names.random().givenLatin(), parentNames.familyLatin(), "\"SC-UC\"");

        HttpResponse<String> badYear = Api.send(Api.request("social-worker", "assistance/tracing-requests").setHeader("Accept-Language", "hy")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"personId\":\""
                        + child[1] + "\",\"soughtName\":\"X\",\"birthYear\":1800,\"relation\":\"PARENT\"}")));
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("1900");

        HttpResponse<String> opened = Api.post("social-worker", "assistance/tracing-requests", "{\"personId\":\"" + child[1]
                + "\",\"soughtName\":\"" + parentNames.givenLatin() + " " + parentNames.familyLatin()
                + "\",\"birthYear\":1984,\"yearTolerance\":2,\"relation\":\"PARENT\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode request = json(opened);
        assertThat(request.get("status").asText()).isEqualTo("OPEN");
        List<String> proposed = request.get("matches").findValuesAsText("personId");
        assertThat(proposed).as("the parent registered in Cyrillic").contains(parent);
        assertThat(proposed).as("a namesake born 35 years earlier").doesNotContain(json(namesake).get("person").get("id").asText());
        assertThat(request.get("matches").toString()).contains(parentNames.familyCyrillic());
        String id = request.get("id").asText();

        assertThat(json(Api.get("social-worker", "assistance/tracing-requests?status=OPEN&size=500")).get("items")
                .findValuesAsText("id")).contains(id);
        assertRefused(Api.post("social-worker", "assistance/tracing-requests/" + id + "/matches/" + child[1] + "/confirmation", ""),
                "notProposed");
        HttpResponse<String> confirmed = Api.post("social-worker", "assistance/tracing-requests/" + id + "/matches/" + parent
                + "/confirmation?asCaregiver=true", "");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("status").asText()).isEqualTo("FOUND");
        JsonNode caregiver = json(Api.get("social-worker", "assistance/children/" + child[1])).get("child").get("caregiver");
        assertThat(caregiver.get("personId").asText()).isEqualTo(parent);
        assertThat(caregiver.get("relation").asText()).isEqualTo("PARENT");
        assertRefused(Api.post("social-worker", "assistance/tracing-requests/" + id + "/search", ""), "tracingNotOpen");
    }
}
