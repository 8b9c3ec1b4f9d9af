package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists behind the dashboard's figures (issue 13, item 1: "every number links to the list behind it"): after a
 * known script, the list behind a stage cell holds exactly the households counted in that cell, and the lists behind
 * the totals, the cells without a camp, the day's arrivals and a need category are as long as their figures; a camp
 * manager's list holds only their camp; a sensitive category is refused to the roles that may not read it; other roles
 * get 403 and a parameter that means nothing a 400 in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class ReportListsApiIT {

    private static final String BCP = "BCP-MARGARA";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void theListBehindAStageCell_holdsExactlyTheHouseholdsCountedInIt_andEveryOtherListIsAsLongAsItsFigure() {
        String camp = Api.newCamp(4, 10);
        String first = allocatedTo(camp, Api.screenedHousehold(2, 1, false));
        String second = allocatedTo(camp, Api.screenedHousehold(1, 0, false));
        Api.screenedHousehold(1, 1, false);
        Api.preRegister("registrar", "Ani Sahakyan", 1, 0, 2, 0);

        JsonNode stages = get("supervisor", "reports/stages");
        long[] cell = cell(stages, BCP, camp, "ALLOCATED");
        assertThat(cell).containsExactly(2, 4);
        JsonNode list = get("supervisor", "reports/households?stage=ALLOCATED&site=" + BCP + "&camp=" + camp + "&size=500");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items")).extracting(h -> h.get("registryNumber").asText()).containsExactly(first, second);
        assertThat(list.get("items")).allSatisfy(h -> {
            assertThat(h.get("stage").asText()).isEqualTo("ALLOCATED");
            assertThat(h.get("camp").asText()).isEqualTo(camp);
            assertThat(h.get("bcp").asText()).isEqualTo(BCP);
            assertThat(h.get("since").asText()).isNotBlank();
        });
        assertThat(list.get("items").get(0).get("persons").asLong() + list.get("items").get(1).get("persons").asLong()).isEqualTo(cell[1]);
        assertThat(list.get("items").get(0).get("headName").asText())
                .isEqualTo(get("supervisor", "households/" + first).get("household").get("headName").asText());
        JsonNode secondPage = get("supervisor", "reports/households?stage=ALLOCATED&camp=" + camp + "&page=1&size=1");
        assertThat(secondPage.get("items")).extracting(h -> h.get("registryNumber").asText()).containsExactly(second);
        assertThat(secondPage.get("total").asLong()).isEqualTo(2);

        for (String stage : List.of("PRE_REGISTERED", "WAITING_FOR_BED")) {
            JsonNode waiting = get("supervisor", "reports/households?stage=" + stage + "&site=" + BCP + "&noCamp=true&size=500");
            assertThat(waiting.get("total").asLong()).as(stage + " at the BCP, no camp").isEqualTo(cell(stages, BCP, null, stage)[0]);
            List<String> since = new ArrayList<>();
            waiting.get("items").forEach(h -> since.add(h.get("since").asText()));
            assertThat(since).as("a queue, oldest first").isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
            assertThat(get("supervisor", "reports/households?stage=" + stage + "&size=1").get("total").asLong()).as(stage + ", all sites")
                    .isEqualTo(total(stages, stage));
        }

        JsonNode arrivals = get("supervisor", "reports/arrivals");
        String today = arrivals.get("to").asText();
        for (JsonNode day : arrivals.get("days")) {
            if (day.get("day").asText().equals(today) && day.get("bcp").asText().equals(BCP)) {
                assertThat(get("supervisor", "reports/households?site=" + BCP + "&arrivedOn=" + today + "&size=1").get("total").asLong())
                        .isEqualTo(day.get("households").asLong()).isGreaterThanOrEqualTo(4);
                assertThat(get("supervisor", "reports/households?site=" + BCP + "&arrivedOn=" + today + "&registered=true&size=1")
                        .get("total").asLong()).isEqualTo(day.get("registeredHouseholds").asLong());
            }
        }
    }

    @Test
    void campStaffListTheirCampOnly_otherRolesAreRefused_andABadParameterSaysWhyInTheCallersLanguage() {
        Api.openCamp("camp-manager", "CAMP-ARARAT-1");
        allocatedTo("CAMP-ARARAT-1", Api.screenedHousehold(1, 0, false));
        String other = Api.newCamp(2, 10);
        allocatedTo(other, Api.screenedHousehold(1, 0, false));
        for (String campStaff : List.of("camp-manager", "social-worker")) {
            JsonNode theirs = get(campStaff, "reports/households?size=500");
            assertThat(theirs.get("total").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(theirs.get("items")).allSatisfy(h -> assertThat(h.get("camp").asText()).isEqualTo("CAMP-ARARAT-1"));
            assertThat(get(campStaff, "reports/households?camp=" + other).get("total").asLong()).as("another camp").isZero();
            assertThat(get(campStaff, "reports/households?stage=ALLOCATED").get("total").asLong())
                    .isEqualTo(cellOfCamp(get(campStaff, "reports/stages"), "CAMP-ARARAT-1", "ALLOCATED"));
        }
        assertThat(get("supervisor", "reports/households?camp=" + other).get("total").asLong()).isEqualTo(1);
        for (String refused : List.of("registrar", "police", "medical", "caseworker", "auditor", "admin")) {
            assertThat(Api.get(refused, "reports/households").statusCode()).as(refused).isEqualTo(403);
            assertThat(Api.get(refused, "reports/persons?need=DS").statusCode()).as(refused).isEqualTo(403);
        }

        HttpResponse<String> notAStage = Api.get("supervisor", "reports/households?stage=SLEEPING");
        assertThat(notAStage.statusCode()).isEqualTo(400);
        assertThat(notAStage.body()).contains("stage").contains("WAITING_FOR_BED");
        HttpResponse<String> inArmenian = Api.send(Api.request("supervisor", "reports/households?stage=SLEEPING").setHeader("Accept-Language", "hy").GET());
        assertThat(inArmenian.statusCode()).isEqualTo(400);
        assertThat(inArmenian.body()).contains("Փուլը հետևյալներից մեկն է");
        HttpResponse<String> inRussian = Api.send(Api.request("supervisor", "reports/households?arrivedOn=2026-13-01").setHeader("Accept-Language", "ru").GET());
        assertThat(inRussian.statusCode()).isEqualTo(400);
        assertThat(inRussian.body()).contains("arrivedOn").contains("Это не дата");
        HttpResponse<String> notACategory = Api.get("supervisor", "reports/persons?need=ZZ");
        assertThat(notACategory.statusCode()).isEqualTo(400);
        assertThat(notACategory.body()).contains("need").contains("UNHCR");
        assertThat(Api.get("supervisor", "reports/persons").statusCode()).as("a need is asked for").isEqualTo(400);
        assertThat(Api.get("supervisor", "reports/households?site=not%20a%20site").statusCode()).isEqualTo(400);
        assertThat(Api.get("supervisor", "reports/households?size=501").statusCode()).isEqualTo(400);
        assertThat(Api.get("supervisor", "reports/households?page=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void theSgbvList_isForTheReadersOfSensitiveNeedsOnly_andEachNeedListIsAsLongAsItsFigure() {
        Api.openCamp("camp-manager", "CAMP-ARARAT-1");
        Names person = Names.random();
        String number = Api.preRegister("registrar", person.givenLatin() + " " + person.familyLatin(), 1, 0, 0, 0);
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + person.givenLatin() + "\",\"familyName\":\"" + person.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1993-04-05\","
                + "\"birthPrecision\":\"EXACT\",\"needs\":[\"SV-VA\",\"DS-PM\"]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        Api.medical(number, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(number);
        allocatedTo("CAMP-ARARAT-1", number);

        JsonNode sgbv = get("social-worker", "reports/persons?need=SV&size=500");
        assertThat(sgbv.get("total").asLong()).isEqualTo(persons(get("social-worker", "reports/needs"), "SV"));
        assertThat(sgbv.get("items")).anySatisfy(p -> {
            assertThat(p.get("registryNumber").asText()).isEqualTo(number);
            assertThat(p.get("name").asText()).isEqualTo(person.givenLatin() + " " + person.familyLatin());
            assertThat(p.get("camp").asText()).isEqualTo("CAMP-ARARAT-1");
            assertThat(p.get("stage").asText()).isEqualTo("ALLOCATED");
        });
        assertThat(get("social-worker", "reports/households?need=sv&size=500").get("items"))
                .anySatisfy(h -> assertThat(h.get("registryNumber").asText()).isEqualTo(number));
        for (String notAReader : List.of("supervisor", "camp-manager")) {
            HttpResponse<String> refused = Api.get(notAReader, "reports/persons?need=SV");
            assertThat(refused.statusCode()).as(notAReader).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(number);
            assertThat(Api.get(notAReader, "reports/persons?need=TR").statusCode()).as(notAReader).isEqualTo(403);
            assertThat(Api.get(notAReader, "reports/households?need=SV").statusCode()).as(notAReader).isEqualTo(403);
        }
        for (String reader : List.of("supervisor", "camp-manager", "social-worker")) {
            JsonNode disability = get(reader, "reports/persons?need=DS&size=500");
            assertThat(disability.get("total").asLong()).as(reader).isEqualTo(persons(get(reader, "reports/needs"), "DS"));
            assertThat(disability.get("items")).anySatisfy(p -> assertThat(p.get("registryNumber").asText()).isEqualTo(number));
        }
    }

    @Test
    void theProtectedAndCardHoldingFigures_openTheListsOfThosePersons() {
        String decree = Api.decree("TP-LISTS " + java.util.UUID.randomUUID().toString().substring(0, 8));
        String granted = Api.preRegister("registrar", "Huda Saleh", 1, 1, 0, 0);
        Api.member(granted, "HEAD", "Huda", "Saleh", "F", "1987-03-14");
        Api.member(granted, "SPOUSE", "Adel", "Saleh", "M", "1985-11-02");
        Api.screen(granted);
        assertThat(Api.post("caseworker", "protection/households/" + granted + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + granted, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        assertThat(Api.printAndHandOver(json(produced).get(0).get("id").asText(), "Huda Saleh").statusCode()).isEqualTo(204);

        JsonNode stages = get("supervisor", "reports/stages");
        long[] row = new long[2];
        long[] everywhere = new long[2];
        for (JsonNode c : stages.get("cells")) {
            boolean ours = c.get("bcp").asText().equals(BCP) && !c.hasNonNull("camp");
            for (int i = 0; i < 2; i++) {
                long count = c.get(i == 0 ? "protectedPersons" : "documentedPersons").asLong();
                everywhere[i] += count;
                row[i] += ours ? count : 0;
            }
        }
        JsonNode protectedHere = get("supervisor", "reports/persons?protection=PROTECTED&site=" + BCP + "&noCamp=true&size=500");
        assertThat(protectedHere.get("total").asLong()).as("protected at the BCP, not in a camp").isEqualTo(row[0]).isGreaterThanOrEqualTo(2);
        assertThat(protectedHere.get("items")).filteredOn(p -> p.get("registryNumber").asText().equals(granted))
                .extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Huda Saleh", "Adel Saleh");
        JsonNode documentedHere = get("supervisor", "reports/persons?protection=documented&site=" + BCP + "&noCamp=true&size=500");
        assertThat(documentedHere.get("total").asLong()).as("holding their card").isEqualTo(row[1]).isGreaterThanOrEqualTo(1);
        assertThat(documentedHere.get("items")).filteredOn(p -> p.get("registryNumber").asText().equals(granted)).as("one card handed over")
                .hasSize(1);
        assertThat(get("supervisor", "reports/persons?protection=PROTECTED&size=1").get("total").asLong()).isEqualTo(everywhere[0]);
        assertThat(get("supervisor", "reports/persons?protection=DOCUMENTED&size=1").get("total").asLong()).isEqualTo(everywhere[1]);

        HttpResponse<String> unknown = Api.get("supervisor", "reports/persons?protection=EXPIRED");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("PROTECTED", "DOCUMENTED");
        assertThat(Api.get("registrar", "reports/persons?protection=PROTECTED").statusCode()).isEqualTo(403);
    }

    private static JsonNode get(String user, String path) {
        HttpResponse<String> response = Api.get(user, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    /** Households and persons of the cells of one BCP, camp (null: none) and stage. */
    private static long[] cell(JsonNode figures, String bcp, String camp, String stage) {
        long[] sums = new long[2];
        for (JsonNode c : figures.get("cells")) {
            if (c.get("bcp").asText().equals(bcp) && c.get("stage").asText().equals(stage)
                    && (camp == null ? !c.hasNonNull("camp") : camp.equals(c.path("camp").asText()))) {
                sums[0] += c.get("households").asLong();
                sums[1] += c.get("persons").asLong();
            }
        }
        return sums;
    }

    private static long cellOfCamp(JsonNode figures, String camp, String stage) {
        long households = 0;
        for (JsonNode c : figures.get("cells")) {
            if (camp.equals(c.path("camp").asText()) && c.get("stage").asText().equals(stage)) {
                households += c.get("households").asLong();
            }
        }
        return households;
    }

    private static long total(JsonNode figures, String stage) {
        for (JsonNode t : figures.get("totals")) {
            if (t.get("stage").asText().equals(stage)) {
                return t.get("households").asLong();
            }
        }
        return 0;
    }

    private static long persons(JsonNode categories, String category) {
        for (JsonNode c : categories) {
            if (c.get("category").asText().equals(category)) {
                return c.get("persons").asLong();
            }
        }
        return 0;
    }

    private static String allocatedTo(String camp, String number) {
        HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        return number;
    }
}
