package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, item 6, with real tokens: camp managers and social workers read the files of the households placed in
 * their camps (allocated, travelling or checked in), whichever border crossing point registered them, and no other
 * household's; what they read in a file stays what their roles may read. The name searches list voided households and
 * their members last, marked as voided.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdScopeApiIT {

    /** The demo camp manager's and social worker's camp. */
    private static final String CAMP = "CAMP-ARARAT-1";
    private static final List<String> CAMP_STAFF = List.of("camp-manager", "social-worker");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void campStaff_readTheFileOfAHouseholdInTheirCamp_butNotOfOneInAnotherCampOrNotPlacedYet() {
        Api.openCamp("camp-manager", CAMP);
        String here = Api.screenedHousehold(1, 0, false);
        TestDatabase.householdNeeds(here, "SM-MI", "DS");
        String herePerson = withPortrait(here);
        assertThat(Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + here + "\",\"campCode\":\"" + CAMP + "\"}")
                .statusCode()).isEqualTo(201);
        String elsewhere = Api.screenedHousehold(1, 0, false);
        String elsewherePerson = withPortrait(elsewhere);
        String otherCamp = Api.newCamp(1, 4);
        assertThat(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + elsewhere + "\",\"campCode\":\"" + otherCamp + "\"}")
                .statusCode()).isEqualTo(201);
        String waiting = Api.screenedHousehold(1, 0, false);
        String waitingPerson = withPortrait(waiting);

        for (String user : CAMP_STAFF) {
            assertThat(fileCalls(user, here, herePerson)).as(user + " on a household allocated to their camp")
                    .containsOnly(200);
            // the data-protection policy is the scope's business neither way: social workers read sensitive needs, managers not
            JsonNode file = json(Api.get(user, "households/" + here));
            assertThat(file.get("household").get("visibleNeeds")).as(user + ": sensitive needs as the policy says")
                    .extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(
                            user.equals("social-worker") ? List.of("DS", "SM-MI") : List.of("DS"));
            assertThat(json(Api.get(user, "screening/households/" + here)).get("security").asText())
                    .as(user + ": the security result stays hidden").isIn("DONE", "PENDING");
            assertThat(searchNumbers(user, "households", headName(here))).as(user + " finds it by name").contains(here);
            assertThat(searchNumbers(user, "persons", headName(here))).as(user + " finds its members by name").contains(here);

            assertThat(fileCalls(user, elsewhere, elsewherePerson)).as(user + " on a household allocated to another camp")
                    .containsOnly(403);
            assertThat(searchNumbers(user, "households", headName(elsewhere))).as(user).doesNotContain(elsewhere);
            assertThat(searchNumbers(user, "persons", headName(elsewhere))).as(user).doesNotContain(elsewhere);
            assertThat(fileCalls(user, waiting, waitingPerson)).as(user + " on a household not placed yet").containsOnly(403);
            assertThat(searchNumbers(user, "households", headName(waiting))).as(user).doesNotContain(waiting);
        }
        // the other roles keep their scope: the registrar of another border crossing point still reads nothing of it
        assertThat(fileCalls("registrar2", here, herePerson)).containsOnly(403);
        assertThat(fileCalls("police", here, herePerson)).containsOnly(200);
    }

    @Test
    void theNameSearches_listVoidedHouseholdsAndTheirMembersLast_markedAsVoided() {
        Names n = Names.random();
        String name = n.givenLatin() + " " + n.familyLatin();
        String kept = Api.preRegister("registrar", name, 1, 0, 0, 0);
        head(kept, n, "1971-02-03");
        String voided = Api.preRegister("registrar", name, 1, 0, 0, 0);   // the later: first by name and time alone
        head(voided, n, "1972-04-05");
        assertThat(Api.post("registrar", "households/" + voided + "/void", "{\"reason\":\"Registered twice at the desk\"}")
                .statusCode()).isEqualTo(200);

        // other runs' names may resemble this one: only the two households of this test are looked at, in their order
        List<String> ours = List.of(kept, voided);
        List<JsonNode> households = items("registrar", "households", name).stream()
                .filter(h -> ours.contains(h.get("registryNumber").asText())).toList();
        assertThat(households).extracting(h -> h.get("registryNumber").asText()).containsExactly(kept, voided);
        assertThat(households.get(0).get("status").asText()).isNotEqualTo("VOIDED");
        assertThat(households.get(1).get("status").asText()).isEqualTo("VOIDED");

        List<JsonNode> persons = items("registrar", "persons", name).stream()
                .filter(p -> ours.contains(p.get("registryNumber").asText())).toList();
        assertThat(persons).extracting(p -> p.get("registryNumber").asText()).containsExactly(kept, voided);
        assertThat(persons).extracting(p -> p.get("status").asText()).containsExactly("REGISTERED", "VOIDED");
    }

    /** The statuses of the file, its members, a member, the member's portrait and the screening summary. */
    private static List<Integer> fileCalls(String user, String number, String personId) {
        return List.of(Api.get(user, "households/" + number).statusCode(), Api.get(user, "households/" + number + "/members").statusCode(),
                Api.get(user, "persons/" + personId).statusCode(), Api.getBytes(user, "persons/" + personId + "/photo").statusCode(),
                Api.get(user, "screening/households/" + number).statusCode());
    }

    /** The head of the household, given a portrait by the registrar; their id. */
    private static String withPortrait(String number) {
        String id = json(Api.get("registrar", "households/" + number + "/members")).get(0).get("id").asText();
        assertThat(Api.put("registrar", "persons/" + id + "/photo", "image/jpeg", Portraits.jpeg()).statusCode()).isEqualTo(204);
        return id;
    }

    private static String headName(String number) {
        JsonNode household = json(Api.get("supervisor", "households/" + number)).get("household");
        return household.get("headName").asText();
    }

    private static void head(String number, Names n, String birth) {
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
    }

    private static List<JsonNode> items(String user, String list, String name) {
        HttpResponse<String> found = Api.get(user, list + "?size=50&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return StreamSupport.stream(json(found).get("items").spliterator(), false)
                .filter(item -> item.get("registryNumber") != null).toList();
    }

    private static List<String> searchNumbers(String user, String list, String name) {
        return items(user, list, name).stream().map(item -> item.get("registryNumber").asText()).toList();
    }
}
