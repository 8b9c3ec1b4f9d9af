package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
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
 * The emergency in figures (issue 13, items 1 and 4): after a scripted set of pre-registrations, registrations,
 * screenings, a void, a grant of protection with a handed-over card, and allocations to a camp of the test's own
 * (allocated, in transit, checked in), each stage count of the demo BCP moved by exactly what the script did, the
 * camp's cells are exact, and the day's arrivals count the households and persons that arrived. Camp staff see only
 * their camps; other roles are refused; a bad period is a 400 that says why.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsApiIT {

    private static final String BCP = "BCP-MARGARA";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void everyStageMovesByWhatWasDone_theCampsCellsAreExact_andTheDaysArrivalsAddUp() {
        JsonNode before = stages("supervisor");
        JsonNode arrivalsBefore = json(Api.get("supervisor", "reports/arrivals"));

        Api.preRegister("registrar", "Gohar Melkonyan", 2, 0, 1, 0);
        String registered = Api.preRegister("registrar", "Maryam Sarkisyan", 1, 0, 0, 0);
        Api.member(registered, "HEAD", "Maryam", "Sarkisyan", "F", "1991-03-04");
        String voided = Api.preRegister("registrar", "Aram Tadevosyan", 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + voided + "/void", "{\"reason\":\"registered in error\"}").statusCode()).isEqualTo(200);
        Api.screenedHousehold(2, 1, false);
        String decree = Api.decree("TP-REPORT " + UUID.randomUUID().toString().substring(0, 8));
        String protectedFamily = Api.preRegister("registrar", "Lina Haddad", 1, 1, 0, 0);
        Api.member(protectedFamily, "HEAD", "Lina", "Haddad", "F", "1990-02-11");
        Api.member(protectedFamily, "SPOUSE", "Omar", "Haddad", "M", "1988-07-30");
        Api.medical(protectedFamily, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(protectedFamily);
        assertThat(Api.post("caseworker", "protection/households/" + protectedFamily + "/grant", "{\"decreeId\":\"" + decree + "\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + protectedFamily, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        assertThat(Api.printAndHandOver(json(produced).get(0).get("id").asText(), "Lina Haddad").statusCode()).isEqualTo(204);

        String camp = Api.newCamp(4, 10);
        String allocated = allocatedTo(camp, Api.screenedHousehold(2, 0, false));
        String travelling = departed(camp, allocatedTo(camp, Api.screenedHousehold(1, 1, false)));
        String arrived = departed(camp, allocatedTo(camp, Api.screenedHousehold(2, 0, false)));
        assertThat(json(Api.post("supervisor", "manifests/" + manifestOf(camp, arrived) + "/arrival", "")).get("status").asText()).isEqualTo("ARRIVED");
        for (JsonNode person : residents(camp, arrived)) {
            assertThat(Api.post("supervisor", "stays/" + person.get("stayId").asText() + "/check-in", "").statusCode()).isEqualTo(204);
        }
        assertThat(List.of(allocated, travelling)).doesNotContainNull();

        JsonNode after = stages("supervisor");
        assertThat(delta(before, after, BCP, null, "PRE_REGISTERED")).as("pre-registered households, persons").containsExactly(1, 3, 0, 0);
        assertThat(delta(before, after, BCP, null, "REGISTERED")).as("registered, not yet screened").containsExactly(1, 1, 0, 0);
        assertThat(delta(before, after, BCP, null, "VOIDED")).as("voided").containsExactly(1, 1, 0, 0);
        assertThat(delta(before, after, BCP, null, "WAITING_FOR_BED")).as("screened, waiting for a bed; two protected, one card")
                .containsExactly(2, 5, 2, 1);
        assertThat(cell(after, BCP, camp, "ALLOCATED")).containsExactly(1, 2, 0, 0);
        assertThat(cell(after, BCP, camp, "IN_TRANSIT")).containsExactly(1, 2, 0, 0);
        assertThat(cell(after, BCP, camp, "IN_CAMP")).containsExactly(1, 2, 0, 0);
        assertThat(queueAgeOf(after, "WAITING_FOR_BED")).as("the oldest of a queue is dated").isNotNull();

        JsonNode arrivalsAfter = json(Api.get("supervisor", "reports/arrivals"));
        String today = arrivalsAfter.get("to").asText();
        assertThat(arrivals(arrivalsAfter, today) - arrivals(arrivalsBefore, today)).as("households arrived today, voided left out").isEqualTo(7);
        assertThat(arrivalsAfter.get("days")).allSatisfy(day -> assertThat(day.get("registeredHouseholds").asLong())
                .isLessThanOrEqualTo(day.get("households").asLong()));
    }

    @Test
    void campStaffSeeTheirCampsOnly_otherRolesAreRefused_andABadPeriodSaysWhy() {
        String camp = Api.newCamp(2, 10);
        allocatedTo(camp, Api.screenedHousehold(1, 0, false));
        assertThat(cell(stages("supervisor"), BCP, camp, "ALLOCATED")).containsExactly(1, 1, 0, 0);
        for (String campStaff : List.of("camp-manager", "social-worker")) {
            JsonNode theirs = stages(campStaff);
            assertThat(theirs.get("cells")).allSatisfy(c -> assertThat(c.get("camp").asText()).isEqualTo("CAMP-ARARAT-1"));
            assertThat(Api.get(campStaff, "reports/arrivals").statusCode()).isEqualTo(403);
        }
        for (String other : List.of("registrar", "police", "medical", "caseworker", "auditor", "admin")) {
            assertThat(Api.get(other, "reports/stages").statusCode()).as(other).isEqualTo(403);
        }

        HttpResponse<String> notADay = Api.get("supervisor", "reports/arrivals?from=2026-13-01");
        assertThat(notADay.statusCode()).isEqualTo(400);
        assertThat(notADay.body()).contains("from").contains("2026-12-06");
        assertThat(Api.get("supervisor", "reports/arrivals?from=2026-12-06&to=2026-12-01").statusCode()).isEqualTo(400);
        HttpResponse<String> tooLong = Api.get("supervisor", "reports/arrivals?from=2020-01-01&to=2026-01-01");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("366");
    }

    @Test
    void needsAreCountedByCategory_andSensitiveOnesOnlyForTheRolesThatMayReadThem() {
        Api.openCamp("camp-manager", "CAMP-ARARAT-1");
        JsonNode supervisorBefore = needs("supervisor");
        JsonNode socialWorkerBefore = needs("social-worker");
        String number = Api.preRegister("registrar", "Nare Grigoryan", 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\"Nare\","
                + "\"familyName\":\"Grigoryan\",\"sex\":\"F\",\"birthDate\":\"1994-05-06\",\"birthPrecision\":\"EXACT\","
                + "\"needs\":[\"SV-VA\",\"DS-PM\"]}").statusCode()).isEqualTo(201);
        Api.medical(number, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(number);
        allocatedTo("CAMP-ARARAT-1", number);

        JsonNode supervisor = needs("supervisor");
        assertThat(persons(supervisor, "DS") - persons(supervisorBefore, "DS")).isEqualTo(1);
        assertThat(supervisor.findValuesAsText("category")).as("no count of a sensitive category for a supervisor").doesNotContain("SV", "TR");
        JsonNode socialWorker = needs("social-worker");
        assertThat(persons(socialWorker, "DS") - persons(socialWorkerBefore, "DS")).isEqualTo(1);
        assertThat(persons(socialWorker, "SV") - persons(socialWorkerBefore, "SV")).as("social workers may read them").isEqualTo(1);
        assertThat(needs("camp-manager").findValuesAsText("category")).doesNotContain("SV", "TR");
        assertThat(Api.get("registrar", "reports/needs").statusCode()).isEqualTo(403);
    }

    @Test
    void population_isCountedBySexAgeGroupCitizenshipNeedAndStage_forTheHouseholdsThatArrivedInThePeriod() {
        // a day of its own in the past: nothing else arrived on it, so every cell is exact
        java.time.LocalDate day = Api.pastDayOfItsOwn();
        Api.familyOfFour(day);

        String period = "&from=" + day + "&to=" + day;
        JsonNode table = population("supervisor", "sex,ageGroup,citizenship" + period);
        assertThat(table.get("rows")).extracting(r -> r.get("keys").get("sex").asText() + "/" + r.get("keys").get("ageGroup").asText() + "/"
                + r.get("keys").get("citizenship").asText() + "=" + r.get("persons").asLong())
                .containsExactly("F/0-4/STATELESS=1", "F/18-59/SYR=1", "M/5-11/SYR=1", "M/60+/SYR=1");
        assertThat(table.get("persons").asLong()).isEqualTo(4);
        assertThat(table.get("households").asLong()).isEqualTo(1);
        assertThat(population("caseworker", "need" + period).get("rows")).extracting(r -> r.get("keys").get("need").asText() + "=" + r.get("persons").asLong())
                .containsExactly("DS=1", "NONE=3");
        assertThat(population("supervisor", "stage,site" + period).get("rows")).extracting(r -> r.get("keys").get("stage").asText() + "@"
                + r.get("keys").get("site").asText() + "=" + r.get("persons").asLong()).containsExactly("REGISTERED@BCP-MARGARA=4");

        HttpResponse<String> unknown = Api.get("supervisor", "reports/population?by=sex,colour");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("ageGroup");
        for (String refused : List.of("registrar", "camp-manager", "social-worker", "police")) {
            assertThat(Api.get(refused, "reports/population").statusCode()).as(refused).isEqualTo(403);
        }
    }

    private static JsonNode population(String user, String query) {
        HttpResponse<String> response = Api.get(user, "reports/population?by=" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode needs(String user) {
        HttpResponse<String> response = Api.get(user, "reports/needs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static long persons(JsonNode categories, String category) {
        for (JsonNode c : categories) {
            if (c.get("category").asText().equals(category)) {
                return c.get("persons").asLong();
            }
        }
        return 0;
    }

    private static JsonNode stages(String user) {
        HttpResponse<String> response = Api.get(user, "reports/stages");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Households, persons, protected and documented persons of one cell (zeros when it has none). */
    private static long[] cell(JsonNode figures, String bcp, String camp, String stage) {
        long[] sums = new long[4];
        for (JsonNode c : figures.get("cells")) {
            if (c.get("bcp").asText().equals(bcp) && c.get("stage").asText().equals(stage)
                    && (camp == null ? !c.hasNonNull("camp") : camp.equals(c.path("camp").asText()))) {
                sums[0] += c.get("households").asLong();
                sums[1] += c.get("persons").asLong();
                sums[2] += c.get("protectedPersons").asLong();
                sums[3] += c.get("documentedPersons").asLong();
            }
        }
        return sums;
    }

    private static long[] delta(JsonNode before, JsonNode after, String bcp, String camp, String stage) {
        long[] was = cell(before, bcp, camp, stage);
        long[] is = cell(after, bcp, camp, stage);
        return new long[] {is[0] - was[0], is[1] - was[1], is[2] - was[2], is[3] - was[3]};
    }

    private static String queueAgeOf(JsonNode figures, String stage) {
        for (JsonNode total : figures.get("totals")) {
            if (total.get("stage").asText().equals(stage)) {
                return total.hasNonNull("oldestSince") ? total.get("oldestSince").asText() : null;
            }
        }
        return null;
    }

    private static long arrivals(JsonNode period, String day) {
        for (JsonNode d : period.get("days")) {
            if (d.get("day").asText().equals(day) && d.get("bcp").asText().equals(BCP)) {
                return d.get("households").asLong();
            }
        }
        return 0;
    }

    private static String allocatedTo(String camp, String number) {
        HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        return number;
    }

    private static String departed(String camp, String number) {
        HttpResponse<String> created = Api.post("supervisor", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus 34 AB 123\",\"driver\":\"A. Petrosyan\","
                + "\"departure\":\"" + LocalDateTime.now().withNano(0) + "\",\"households\":[\"" + number + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(json(Api.post("supervisor", "manifests/" + id + "/departure", "{\"boarded\":[\"" + number + "\"]}")).get("status").asText())
                .isEqualTo("DEPARTED");
        return number;
    }

    private static String manifestOf(String camp, String number) {
        for (JsonNode manifest : json(Api.get("supervisor", "camps/" + camp + "/manifests?size=500")).get("items")) {
            for (JsonNode household : manifest.get("households")) {
                if (household.get("registryNumber").asText().equals(number)) {
                    return manifest.get("id").asText();
                }
            }
        }
        throw new IllegalStateException("No manifest of " + number);
    }

    private static List<JsonNode> residents(String camp, String number) {
        JsonNode households = json(Api.get("supervisor", "camps/" + camp + "/residents?household=" + number)).get("items");
        assertThat(households).hasSize(1);
        return StreamSupport.stream(households.get(0).get("persons").spliterator(), false).toList();
    }
}
