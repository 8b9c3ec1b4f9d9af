package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Distribution rounds (issue 14, item 4) through the API: a round at a camp of the test's own, for four rules, lists
 * exactly the households and persons the rules admit with the quantities they say (per household by size band, per
 * person by age group, by specific need, by stage: checked in, not merely allocated), paged and as CSV and XLSX; a
 * collection shows on the list; a rule of another site, a day before a rule began, another site's camp manager, a
 * closed round are refused.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionRoundsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A rule created by the supervisor from {@code terms} (JSON members after the code); its id. */
    static String rule(String code, String terms) {
        return json(require(Api.post("supervisor", "assistance/entitlements", "{\"code\":\"" + code + "\"," + terms + "}"), 201))
                .get("id").asText();
    }

    /** The household checked in at the camp by the supervisor. */
    static void checkedIn(String camp, String number) {
        require(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}"), 201);
        Api.transferredBy("supervisor", camp, number);
        Api.checkIn("supervisor", camp, number);
    }

    @Test
    void aRoundsList_holdsExactlyWhomTheRulesAdmit_withTheirQuantities() throws Exception {
        String camp = Api.newCamp(3, 10);
        String since = LocalDate.now().minusDays(2).toString();
        String food = code("FOOD");
        String foodId = rule(food, "\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"bands\":[{\"minSize\":1,\"maxSize\":2,\"quantity\":1},"
                + "{\"minSize\":3,\"maxSize\":5,\"quantity\":2},{\"minSize\":6,\"quantity\":3}],\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\","
                + "\"siteCode\":\"" + camp + "\",\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"" + since + "\"");
        String hygiene = code("HYG");
        String hygieneId = rule(hygiene, "\"itemCode\":\"HYGIENE-KIT\",\"per\":\"PERSON\",\"quantity\":1,\"period\":\"ONCE\","
                + "\"stage\":\"IN_CAMP\",\"ageGroup\":\"18-59\",\"partnerCode\":\"UNHCR\",\"validFrom\":\"" + since + "\"");
        String baby = code("BABY");
        String babyId = rule(baby, "\"itemCode\":\"BABY-FOOD\",\"per\":\"PERSON\",\"quantity\":2,\"period\":\"MONTHLY\",\"months\":3,"
                + "\"stage\":\"ANY_REGISTERED\",\"ageGroup\":\"0-4\",\"partnerCode\":\"UNICEF\",\"validFrom\":\"" + since + "\"");
        String blanket = code("BLANKET");
        String blanketId = rule(blanket, "\"itemCode\":\"BLANKET\",\"per\":\"HOUSEHOLD\",\"quantity\":2,\"period\":\"ONCE\","
                + "\"stage\":\"ANY_REGISTERED\",\"needCategory\":\"DS\",\"partnerCode\":\"ARCS\",\"validFrom\":\"" + since + "\"");

        // four persons: Rima 30, Karim 65, Lea 3, Sami 8 with a disability (DS-PM); two women of 35-56; an allocated family not yet in
        String khalil = Api.familyOfFour(LocalDate.now().minusDays(1));
        Api.screen(khalil);
        checkedIn(camp, khalil);
        String two = Api.screenedHousehold(2, 0, false);
        checkedIn(camp, two);
        String waiting = Api.screenedHousehold(1, 1, false);
        require(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + waiting + "\",\"campCode\":\"" + camp + "\"}"), 201);

        JsonNode round = json(require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + foodId + "\",\"" + hygieneId + "\",\"" + babyId + "\",\"" + blanketId + "\"]}"), 201));
        String id = round.get("id").asText();
        assertThat(round.get("status").asText()).isEqualTo("OPEN");
        assertThat(round.get("entitlements")).hasSize(4);

        List<JsonNode> lines = Api.allItems("supervisor", "assistance/rounds/" + id + "/list");
        List<String> said = new ArrayList<>();
        lines.forEach(l -> said.add(l.get("registryNumber").asText() + " " + l.get("entitlementCode").asText() + " "
                + (l.hasNonNull("personName") ? l.get("personName").asText().split(" ")[0] : "-") + " " + l.get("quantity").asText()));
        assertThat(said).as("the lines, in registry-number order").hasSize(7).contains(
                khalil + " " + food + " - 2", khalil + " " + hygiene + " Rima 1", khalil + " " + baby + " Lea 2", khalil + " " + blanket + " - 2",
                two + " " + food + " - 1");
        assertThat(said.stream().filter(s -> s.startsWith(two + " " + hygiene + " "))).hasSize(2).allMatch(s -> s.endsWith(" 1"));
        assertThat(said).noneMatch(s -> s.startsWith(waiting)).noneMatch(s -> s.contains(" Karim ")).noneMatch(s -> s.contains(" Sami "));
        assertThat(lines).noneMatch(l -> l.hasNonNull("collectedAt"));

        JsonNode page = Api.page("supervisor", "assistance/rounds/" + id + "/list", 1, 3);
        assertThat(page.get("total").asLong()).isEqualTo(7);
        assertThat(page.get("items")).hasSize(3);

        HttpResponse<byte[]> csv = Api.bytes(Api.request("supervisor", "assistance/rounds/" + id + "/list?format=csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRegistry number,Head of household,Persons,Rule,Item,Person,Quantity,Unit");
        assertThat(text.split("\r\n")).hasSize(8);
        assertThat(text).contains(khalil + ",Rima Khalil,4," + food + ",Food parcel,,2,pieces");

        HttpResponse<byte[]> xlsx = Api.bytes(Api.request("supervisor", "assistance/rounds/" + id + "/list?format=xlsx")
                .setHeader("Accept-Language", "ru").GET());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = sheet.getFirstRowNum();
            while (!"Регистрационный номер".equals(sheet.getRow(header) == null || sheet.getRow(header).getCell(0) == null ? null
                    : sheet.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            assertThat(sheet.getLastRowNum() - header).as("7 lines under the header").isEqualTo(7);
        }
        require(Api.get("supervisor", "assistance/rounds/" + id + "/list?format=pdf"), 400);

        // a collection shows on the list, with when and where (the camp holds the parcel it hands out)
        require(Api.post("supervisor", "assistance/stock/" + camp + "/receipts", "{\"itemCode\":\"FOOD-PARCEL\",\"partnerCode\":"
                + "\"STATE-RESERVE\",\"quantity\":5,\"receivedOn\":\"" + LocalDate.now() + "\"}"), 201);
        require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + id + "\",\"registryNumber\":\"" + two + "\","
                + "\"lines\":[{\"entitlementId\":\"" + foodId + "\"}],\"proxyName\":\"Ani Hakobyan\"}"), 201);
        JsonNode collected = Api.allItems("supervisor", "assistance/rounds/" + id + "/list").stream()
                .filter(l -> l.get("registryNumber").asText().equals(two) && l.get("entitlementCode").asText().equals(food)).findFirst().orElseThrow();
        assertThat(collected.get("collectedSite").asText()).isEqualTo(camp);
        assertThat(collected.hasNonNull("collectedAt")).isTrue();
        assertThat(json(require(Api.get("supervisor", "assistance/rounds/" + id), 200)).get("collections").asLong()).isEqualTo(1);

        assertThat(Api.get("camp-manager", "assistance/rounds/" + id).statusCode()).as("another site's camp manager").isEqualTo(403);
        assertThat(Api.get("camp-manager", "assistance/rounds/" + id + "/list").statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", "assistance/rounds").statusCode()).isEqualTo(403);
        assertThat(Api.post("camp-manager", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\"" + babyId + "\"]}")
                .statusCode()).isEqualTo(403);

        require(Api.post("supervisor", "assistance/rounds/" + id + "/close", ""), 200);
        require(Api.post("supervisor", "assistance/rounds/" + id + "/close", ""), 409);
        HttpResponse<String> closed = require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + id + "\",\"registryNumber\":\""
                + khalil + "\",\"proxyName\":\"Ani Hakobyan\"}"), 409);
        assertThat(json(closed).get("detail").asText()).contains("closed");
        assertThat(Api.allItems("supervisor", "assistance/rounds?site=" + camp)).extracting(r -> r.get("id").asText()).contains(id);
    }

    /**
     * A family pre-registered at Kornidzor with its declared size (two women and a girl) and a disability seen at the desk,
     * none of its members registered yet. Five rules: two per person (2 kits each; 1 kit of the need DS), one per
     * household for the need DS, one per person for adults, and one-off cash per person. Before registration the list
     * gives the household one line of 6 kits (2 x 3 declared) and its household rule by the need seen on it; rules of a
     * person's age or need, and cash, wait. The head registered, her line shows the household's collection, and neither
     * the desk nor SQL can take it again; once the household line is voided she collects her own.
     */
    @Test
    void aFamilyNotYetRegistered_isDueItsDeclaredSize_andANeedSeenOnIt_andItsMembersNeverTakeThePeriodTwice() {
        String bcp = "BCP-KORNIDZOR";
        String kit = code("KIT");
        require(Api.post("admin", "assistance/items", "{\"code\":\"" + kit + "\",\"nameEn\":\"Family kit\",\"nameHy\":\"Ընտանեկան հավաքածու\","
                + "\"nameRu\":\"Семейный набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}"), 201);
        require(Api.post("supervisor", "assistance/stock/" + bcp + "/receipts", "{\"itemCode\":\"" + kit + "\",\"partnerCode\":\"UNHCR\","
                + "\"quantity\":20,\"receivedOn\":\"" + LocalDate.now() + "\"}"), 201);
        String since = "\"partnerCode\":\"UNHCR\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"";
        String each = code("EACH");
        String eachId = rule(each, "\"itemCode\":\"" + kit + "\",\"per\":\"PERSON\",\"quantity\":2,\"period\":\"ONCE\",\"stage\":\"ANY_REGISTERED\"," + since);
        String home = code("HOME-DS");
        String homeId = rule(home, "\"itemCode\":\"" + kit + "\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"ONCE\",\"stage\":\"ANY_REGISTERED\","
                + "\"needCategory\":\"DS\"," + since);
        String personDs = rule(code("PERSON-DS"), "\"itemCode\":\"" + kit + "\",\"per\":\"PERSON\",\"quantity\":1,\"period\":\"ONCE\","
                + "\"stage\":\"ANY_REGISTERED\",\"needCategory\":\"DS\"," + since);
        String adult = code("ADULT");
        String adultId = rule(adult, "\"itemCode\":\"" + kit + "\",\"per\":\"PERSON\",\"quantity\":1,\"period\":\"ONCE\","
                + "\"stage\":\"ANY_REGISTERED\",\"ageGroup\":\"18-59\"," + since);
        String cash = code("CASH");
        String cashId = rule(cash, "\"itemCode\":\"CASH-ONE-OFF\",\"per\":\"PERSON\",\"quantity\":100000,\"period\":\"ONCE\","
                + "\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"MLSA\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        Names head = Names.random();
        String number = json(require(Api.post("registrar3", "households", "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin()
                + "\",\"femaleAdults\":2,\"femaleChildren\":1,\"visibleNeeds\":[\"DS\"]}"), 201)).get("registryNumber").asText();
        String round = json(require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + bcp + "\",\"entitlementIds\":[\"" + eachId
                + "\",\"" + homeId + "\",\"" + personDs + "\",\"" + adultId + "\",\"" + cashId + "\"]}"), 201)).get("id").asText();

        assertThat(linesOf(round, number)).as("before registration; cash waits for registered persons")
                .containsExactlyInAnyOrder(each + " - 6 due", home + " - 1 due");
        JsonNode taken = json(require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\""
                + number + "\",\"proxyName\":\"Anna Grigoryan\"}"), 201));
        assertThat(taken).hasSize(2);
        JsonNode household = java.util.stream.StreamSupport.stream(taken.spliterator(), false)
                .filter(l -> l.get("entitlementCode").asText().equals(each)).findFirst().orElseThrow();
        assertThat(household.get("quantity").decimalValue()).isEqualByComparingTo("6");
        assertThat(household.hasNonNull("personId")).isFalse();

        String person = json(require(Api.post("registrar3", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1990-05-06\","
                + "\"birthPrecision\":\"EXACT\"}"), 201)).get("person").get("id").asText();
        String name = head.givenLatin();
        assertThat(linesOf(round, number)).as("the head registered").containsExactlyInAnyOrder(each + " " + name + " 2 collected",
                home + " - 1 collected", adult + " " + name + " 1 due", cash + " " + name + " 100000 due");
        HttpResponse<String> twice = require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\""
                + number + "\",\"lines\":[{\"entitlementId\":\"" + eachId + "\",\"personId\":\"" + person + "\"}],\"proxyName\":\"Anna Grigoryan\"}"), 409);
        assertThat(json(twice).get("detail").asText()).startsWith("Already collected: " + each).contains(bcp);
        require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\"" + number
                + "\",\"lines\":[{\"entitlementId\":\"" + eachId + "\"}],\"proxyName\":\"Anna Grigoryan\"}"), 400);
        String id = household.get("id").asText();
        assertThat(TestDatabase.asRuntimeRole("INSERT INTO assistance_collection (id, round_id, entitlement_id, version_id, household_id,"
                + " person_id, beneficiary_id, period_from, site_code, item_code, partner_code, quantity, proxy_name, collected_at, collected_by)"
                + " SELECT gen_random_uuid(), round_id, entitlement_id, version_id, household_id, '" + person + "', '" + person + "', period_from,"
                + " site_code, item_code, partner_code, 2, 'SQL', now(), 'sql' FROM assistance_collection WHERE id = '" + id + "'"))
                .as("the database refuses a person's line beside the household's").isEqualTo("23P01");

        require(Api.post("supervisor", "assistance/collections/" + id + "/void", "{\"reason\":\"her members are registered now\"}"), 200);
        assertThat(linesOf(round, number)).contains(each + " " + name + " 2 due");
        JsonNode own = json(require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\""
                + number + "\",\"receivedByPersonId\":\"" + person + "\"}"), 201));
        assertThat(own).extracting(l -> l.get("entitlementCode").asText() + " " + l.get("quantity").decimalValue().toPlainString())
                .containsExactlyInAnyOrder(each + " 2", adult + " 1", cash + " 100000");
        JsonNode stock = java.util.stream.StreamSupport.stream(json(require(Api.get("supervisor", "assistance/stock/" + bcp), 200)).spliterator(), false)
                .filter(r -> r.get("itemCode").asText().equals(kit)).findFirst().orElseThrow();
        assertThat(stock.get("balance").decimalValue()).as("20 - 6 - 1 + 6 - 2 - 1").isEqualByComparingTo("16");
        require(Api.post("supervisor", "assistance/rounds/" + round + "/close", ""), 200);
    }

    /** The round's lines of one household as "rule person quantity due|collected" (person: the first name, or -). */
    private static List<String> linesOf(String round, String number) {
        return Api.allItems("supervisor", "assistance/rounds/" + round + "/list").stream()
                .filter(l -> l.get("registryNumber").asText().equals(number))
                .map(l -> l.get("entitlementCode").asText() + " " + (l.hasNonNull("personName") ? l.get("personName").asText().split(" ")[0] : "-")
                        + " " + l.get("quantity").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + (l.hasNonNull("collectedAt") ? "collected" : "due"))
                .toList();
    }

    @Test
    void aRound_isRefusedForARuleOfAnotherSite_orADayTheRuleIsNotInForce_inTheCallersLanguage() {
        String camp = Api.newCamp(1, 10);
        String elsewhere = rule(code("FOOD"), "\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\","
                + "\"stage\":\"IN_CAMP\",\"siteCode\":\"CAMP-ARARAT-1\",\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"2026-01-01\"");
        HttpResponse<String> otherSite = require(Api.send(Api.request("supervisor", "assistance/rounds").setHeader("Accept-Language", "hy")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"siteCode\":\"" + camp
                        + "\",\"entitlementIds\":[\"" + elsewhere + "\"]}"))), 400);
        assertThat(json(otherSite).get("errors").get(0).get("field").asText()).isEqualTo("entitlementIds");
        assertThat(json(otherSite).get("detail").asText()).contains("CAMP-ARARAT-1").contains("բաշխվում է միայն");

        String later = rule(code("WATER"), "\"itemCode\":\"WATER\",\"per\":\"PERSON\",\"quantity\":3,\"period\":\"DAILY\","
                + "\"stage\":\"IN_CAMP\",\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"" + LocalDate.now().plusDays(30) + "\"");
        HttpResponse<String> notYet = require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + later + "\"]}"), 400);
        assertThat(json(notYet).get("detail").asText()).contains("is not in force");
        require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[]}"), 400);
        require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\"" + UUID.randomUUID() + "\"]}"), 400);
        require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"CAMP-NOWHERE-7\",\"entitlementIds\":[\"" + later + "\"]}"), 404);
        require(Api.get("supervisor", "assistance/rounds/" + UUID.randomUUID()), 404);
        require(Api.get("supervisor", "assistance/rounds?size=501"), 400);
    }
}
