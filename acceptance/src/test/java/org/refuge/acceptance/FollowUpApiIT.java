package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 7, with real tokens: a specific need recorded at registration opens one follow-up case for the social
 * workers of the household's site (its border crossing point, then the camp it is placed in), with a "follow up" task
 * in their inbox; actions are recorded and completed with an outcome, and the case is closed once. A social worker of
 * another site neither sees nor reaches the case; a supervisor sees every case but no sensitive need code.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpApiIT {

    /** The demo social worker's camp. */
    private static final String CAMP = "CAMP-ARARAT-1";
    private static final String CASES = "assistance/follow-up-cases";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static HttpResponse<String> in(String language, String user, String method, String path, String body) {
        return Api.send(Api.request(user, path).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Yerevan"));
    }

    /** A household of the demo BCP pre-registered with {@code visible} needs seen at the desk, its head registered with {@code needs}. */
    static String household(String visible, String needs) {
        Names head = Names.random();
        String number = json(require(Api.post("registrar", "households", "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin()
                + "\",\"femaleAdults\":1,\"visibleNeeds\":[" + visible + "]}"), 201)).get("registryNumber").asText();
        require(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\"" + head.givenLatin()
                + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1980-05-06\",\"birthPrecision\":\"EXACT\","
                + "\"needs\":[" + needs + "]}"), 201);
        return number;
    }

    private static List<JsonNode> cases(String user, String number) {
        List<JsonNode> found = new ArrayList<>();
        json(require(Api.get(user, CASES + "?filter=ALL&household=" + number), 200)).get("items").forEach(found::add);
        return found;
    }

    private static List<String> codes(JsonNode followUp) {
        List<String> codes = new ArrayList<>();
        followUp.get("needs").forEach(person -> person.get("codes").forEach(code -> codes.add(code.asText())));
        return codes;
    }

    /** Whether the user's inbox holds a task of the household's follow-up: "followUp" or "followUpOverdue". */
    private static boolean inInbox(String user, String number, String taskKey) {
        for (JsonNode task : json(require(Api.get(user, "tasks?reference=" + number), 200)).get("items")) {
            if (("task.needsFollowUp." + taskKey).equals(task.path("nameKey").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The household, screened and allocated to the demo social worker's camp. */
    static void placedInTheCamp(String number) {
        Api.openCamp("camp-manager", CAMP);
        Api.screen(number);
        require(Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}"), 201);
    }

    @Test
    void aNeedRecordedAtRegistration_opensACase_atTheSiteOfTheHousehold_andOnlyItsSocialWorkersReachIt() {
        String number = household("\"DS-PM\"", "\"SM-MI\"");

        List<JsonNode> listed = cases("supervisor", number);
        assertThat(listed).as("one case, opened with the need seen at the desk; the member's need joins it").hasSize(1);
        JsonNode row = listed.get(0);
        assertThat(row.get("status").asText()).isEqualTo("OPEN");
        assertThat(row.get("siteCode").asText()).as("not placed yet: the border crossing point's case").isEqualTo("BCP-MARGARA");
        String id = row.get("id").asText();

        JsonNode bySupervisor = json(require(Api.get("supervisor", CASES + "/" + id), 200));
        assertThat(codes(bySupervisor)).as("a supervisor reads the case but no sensitive code").contains("DS-PM").doesNotContain("SM-MI");
        assertThat(bySupervisor.toString()).doesNotContain("SM-MI");
        assertThat(bySupervisor.get("needs")).as("the head, whose only need is sensitive, is not listed to a supervisor").hasSize(1);

        // the demo social worker works at a camp: a case of the border crossing point is not theirs
        assertThat(Api.get("social-worker", CASES + "/" + id).statusCode()).isEqualTo(404);
        assertThat(cases("social-worker", number)).isEmpty();
        assertThat(Api.post("social-worker", CASES + "/" + id + "/actions", "{\"kind\":\"MEDICAL\",\"dueOn\":\"" + today() + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(inInbox("social-worker", number, "followUp")).isFalse();

        placedInTheCamp(number);
        JsonNode bySocialWorker = json(require(Api.get("social-worker", CASES + "/" + id), 200));
        assertThat(bySocialWorker.get("siteCode").asText()).as("placed in the camp: the camp's case").isEqualTo(CAMP);
        assertThat(codes(bySocialWorker)).as("social workers read sensitive needs").contains("DS-PM", "SM-MI");
        assertThat(bySocialWorker.get("needs")).as("the household's need seen at the desk and the head's").hasSize(2);
        assertThat(cases("social-worker", number)).hasSize(1);
        assertThat(inInbox("social-worker", number, "followUp")).as("the follow-up task moved to the camp's social workers").isTrue();
        assertThat(json(Api.get("social-worker", CASES + "?filter=OPEN&size=5")).get("total").asLong()).isPositive();
    }

    @Test
    void actionsAreRecordedAndCompleted_andTheCaseIsClosedOnce() {
        String number = household("", "\"DS-BD\"");
        placedInTheCamp(number);
        String id = cases("social-worker", number).get(0).get("id").asText();
        assertThat(inInbox("social-worker", number, "followUp")).isTrue();
        String actions = CASES + "/" + id + "/actions";

        HttpResponse<String> past = in("ru", "social-worker", "POST", actions, "{\"kind\":\"MEDICAL\",\"dueOn\":\"" + today().minusDays(1) + "\"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("сегодня");
        assertThat(in("hy", "social-worker", "POST", actions, "{\"kind\":\"PARTNER\",\"dueOn\":\"" + today() + "\"}").statusCode())
                .as("a referral to a partner names one").isEqualTo(400);
        assertThat(Api.post("social-worker", actions, "{\"kind\":\"PARTNER\",\"partnerCode\":\"NO-SUCH-PARTNER\",\"dueOn\":\"" + today() + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(Api.post("social-worker", actions, "{\"kind\":\"LEGAL_AID\",\"partnerCode\":\"UNHCR\",\"dueOn\":\"" + today() + "\"}")
                .statusCode()).as("only a referral to a partner names one").isEqualTo(400);
        assertThat(Api.post("social-worker", actions, "{\"kind\":\"NOT_A_KIND\",\"dueOn\":\"" + today() + "\"}").statusCode()).isEqualTo(400);
        assertThat(json(require(Api.get("social-worker", CASES + "/" + id), 200)).hasNonNull("firstContactAt")).isFalse();

        JsonNode recorded = json(require(Api.post("social-worker", actions, "{\"kind\":\"PSYCHOSOCIAL\",\"dueOn\":\"" + today().plusDays(3)
                + "\",\"assignee\":\"another.worker\",\"note\":\"Weekly session\"}"), 201));
        assertThat(recorded.hasNonNull("firstContactAt")).as("the first action is the first contact").isTrue();
        recorded = json(require(Api.post("social-worker", actions, "{\"kind\":\"PARTNER\",\"partnerCode\":\"unhcr\",\"dueOn\":\""
                + today().plusDays(5) + "\"}"), 201));
        assertThat(recorded.get("actions")).hasSize(2);
        JsonNode partner = recorded.get("actions").get(1);
        assertThat(partner.get("partnerCode").asText()).isEqualTo("UNHCR");
        assertThat(partner.get("assignee").asText()).as("the recorder when nobody is named").isEqualTo("social-worker");
        assertThat(recorded.get("nextDue").asText()).as("the first open action's day").isNotBlank();

        String first = recorded.get("actions").get(0).get("id").asText();
        String completion = actions + "/" + first + "/completion";
        assertThat(Api.post("social-worker", completion, "{}").statusCode()).isEqualTo(400);
        JsonNode completed = json(require(Api.post("social-worker", completion, "{\"outcome\":\"DONE\",\"note\":\"Attended\"}"), 200));
        assertThat(completed.get("actions").get(0).get("outcome").asText()).isEqualTo("DONE");
        assertThat(completed.get("actions").get(0).get("completedBy").asText()).isEqualTo("social-worker");
        assertThat(Api.post("social-worker", completion, "{\"outcome\":\"DONE\"}").statusCode()).as("done once").isEqualTo(409);
        assertThat(Api.post("social-worker", actions + "/" + java.util.UUID.randomUUID() + "/completion", "{\"outcome\":\"DONE\"}").statusCode())
                .isEqualTo(404);

        assertThat(Api.post("social-worker", CASES + "/" + id + "/closure", "{}").statusCode()).isEqualTo(400);
        JsonNode closed = json(require(Api.post("social-worker", CASES + "/" + id + "/closure", "{\"outcome\":\"RESOLVED\",\"note\":\"Needs met\"}"), 200));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(closed.hasNonNull("nextDue")).isFalse();
        assertThat(Api.post("social-worker", CASES + "/" + id + "/closure", "{\"outcome\":\"RESOLVED\"}").statusCode()).isEqualTo(409);
        assertThat(Api.post("social-worker", actions, "{\"kind\":\"MEDICAL\",\"dueOn\":\"" + today() + "\"}").statusCode()).isEqualTo(409);
        assertThat(inInbox("social-worker", number, "followUp")).as("the case's process ended with it").isFalse();
    }

    @Test
    void aNeedAddedLater_opensACase_andAHouseholdWithoutNeedsHasNone() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        String member = "{\"relationship\":\"HEAD\",\"givenName\":\"" + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin()
                + "\",\"sex\":\"F\",\"birthDate\":\"1975-01-02\",\"birthPrecision\":\"EXACT\"";
        String person = json(require(Api.post("registrar", "households/" + number + "/members", member + "}"), 201)).get("person").get("id").asText();
        assertThat(cases("supervisor", number)).isEmpty();

        require(Api.send("registrar", "PUT", "persons/" + person, member + ",\"needs\":[\"ER-NF\"]}"), 200);
        List<JsonNode> opened = cases("supervisor", number);
        assertThat(opened).as("a need recorded later opens the case").hasSize(1);
        assertThat(inInbox("supervisor", number, "followUpOverdue")).as("the supervisor is called only when the case is overdue").isFalse();

        String id = opened.get(0).get("id").asText();
        require(Api.post("supervisor", CASES + "/" + id + "/closure", "{\"outcome\":\"NOT_NEEDED\"}"), 200);
        require(Api.send("registrar", "PUT", "persons/" + person, member + ",\"needs\":[\"ER-NF\"]}"), 200);
        assertThat(cases("supervisor", number)).as("a correction that adds no need opens no second case").hasSize(1);
        require(Api.send("registrar", "PUT", "persons/" + person, member + ",\"needs\":[\"ER-NF\",\"DS-BD\"]}"), 200);
        assertThat(cases("supervisor", number)).as("a need the closed case did not cover opens a new one").hasSize(2);
        assertThat(cases("supervisor", number)).extracting(c -> c.get("status").asText()).containsExactlyInAnyOrder("OPEN", "CLOSED");
        assertThat(Api.get("supervisor", CASES + "?filter=SOMETIMES").statusCode()).isEqualTo(400);
    }
}
