package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assistance reference data (issue 14, items 2 and 3) through the API: items and partners are added, changed and
 * switched off by the administrator, never deleted; the stock of a site is what was received, a correction reverses a
 * receipt (once) and the balance follows; a camp manager keeps the stock of their own camp only; an entitlement rule
 * keeps its history, and {@code ?on=} answers the version in force on a day; bad input is refused in the caller's
 * language; the roles outside assistance are refused.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceReferenceApiIT {

    private static final String OWN_CAMP = "CAMP-ARARAT-1";     // the demo camp manager's
    private static final String OTHER_CAMP = "CAMP-GORIS-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    private static String item(String code, String unit) {
        return "{\"code\":\"" + code + "\",\"nameEn\":\"Test kit\",\"nameHy\":\"Փորձնական հավաքածու\",\"nameRu\":\"Тестовый набор\","
                + "\"unit\":\"" + unit + "\",\"category\":\"NON_FOOD\"}";
    }

    private static HttpResponse<String> in(String language, String user, String method, String path, String body) {
        return Api.send(Api.request(user, path).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    void itemsAndPartners_areAddedChangedAndSwitchedOff_neverDeleted() {
        String code = code("KIT");
        JsonNode added = json(require(Api.post("admin", "assistance/items", item(code.toLowerCase(), "PIECE")), 201));
        assertThat(added.get("code").asText()).as("stored in capitals").isEqualTo(code);
        assertThat(added.get("active").asBoolean()).isTrue();
        require(Api.post("admin", "assistance/items", item(code, "PIECE")), 409);
        assertThat(Api.post("camp-manager", "assistance/items", item(code("KIT"), "PIECE")).statusCode()).isEqualTo(403);
        assertThat(Api.post("supervisor", "assistance/items", item(code("KIT"), "PIECE")).statusCode()).isEqualTo(403);

        JsonNode changed = json(require(Api.send("admin", "PUT", "assistance/items/" + code, "{\"nameEn\":\"Test kit, large\","
                + "\"nameHy\":\"Մեծ հավաքածու\",\"nameRu\":\"Большой набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\",\"active\":false}"), 200));
        assertThat(changed.get("nameEn").asText()).isEqualTo("Test kit, large");
        assertThat(changed.get("active").asBoolean()).isFalse();
        HttpResponse<String> unitChanged = require(Api.send("admin", "PUT", "assistance/items/" + code, item(code, "KG")), 400);
        assertThat(json(unitChanged).get("errors").get(0).get("field").asText()).isEqualTo("unit");
        assertThat(Api.send("admin", "DELETE", "assistance/items/" + code, "").statusCode()).as("no DELETE").isEqualTo(405);

        List<JsonNode> items = new ArrayList<>();
        json(require(Api.get("social-worker", "assistance/items"), 200)).forEach(items::add);
        assertThat(items).extracting(i -> i.get("code").asText()).contains(code, "FOOD-PARCEL", "BLANKET", "CASH-ONE-OFF", "MEDICATION");
        assertThat(items.stream().filter(i -> i.get("code").asText().equals(code)).findFirst().orElseThrow().get("active").asBoolean())
                .as("switched off, still listed").isFalse();
        assertThat(Api.get("police", "assistance/items").statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", "assistance/partners").statusCode()).isEqualTo(403);

        String partner = code("NGO");
        require(Api.post("admin", "assistance/partners", "{\"code\":\"" + partner + "\",\"name\":\"Test NGO\",\"kind\":\"NGO\"}"), 201);
        require(Api.post("admin", "assistance/partners", "{\"code\":\"" + partner + "\",\"name\":\"Again\",\"kind\":\"NGO\"}"), 409);
        JsonNode off = json(require(Api.send("admin", "PUT", "assistance/partners/" + partner,
                "{\"name\":\"Test NGO Armenia\",\"kind\":\"DONOR\",\"active\":false}"), 200));
        assertThat(off.get("kind").asText()).isEqualTo("DONOR");
        assertThat(off.get("active").asBoolean()).isFalse();
        List<String> partners = new ArrayList<>();
        json(require(Api.get("camp-manager", "assistance/partners"), 200)).forEach(p -> partners.add(p.get("code").asText()));
        assertThat(partners).contains(partner, "STATE-RESERVE", "UNHCR", "IOM", "ARCS");
        assertThat(Api.send("admin", "DELETE", "assistance/partners/" + partner, "").statusCode()).isEqualTo(405);
        require(Api.send("admin", "PUT", "assistance/partners/" + code("NONE"), "{\"name\":\"x\",\"kind\":\"NGO\"}"), 404);
    }

    @Test
    void aReceiptAndItsCorrection_giveTheRightBalance_andACampManagerKeepsOnlyTheirOwnCamp() {
        String kit = code("KIT");
        require(Api.post("admin", "assistance/items", item(kit, "PIECE")), 201);
        String partner = code("IOM");
        require(Api.post("admin", "assistance/partners", "{\"code\":\"" + partner + "\",\"name\":\"Test partner\",\"kind\":\"UN_AGENCY\"}"), 201);

        JsonNode wrong = json(require(Api.post("supervisor", "assistance/stock/" + OWN_CAMP + "/receipts", receipt(kit, partner, "120")), 201));
        assertThat(wrong.get("kind").asText()).isEqualTo("RECEIPT");
        require(Api.post("camp-manager", "assistance/stock/" + OWN_CAMP + "/receipts", receipt(kit, partner, "30")), 201);
        assertThat(balance(OWN_CAMP, kit, partner).get("balance").decimalValue()).isEqualByComparingTo("150");

        JsonNode rows = json(require(Api.post("camp-manager", "assistance/stock/" + OWN_CAMP + "/receipts/" + wrong.get("id").asText()
                + "/correction", "{\"reason\":\"counted 100 boxes, not 120\",\"quantity\":100}"), 201));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("CORRECTION");
        assertThat(rows.get(0).get("quantity").decimalValue()).isEqualByComparingTo("-120");
        assertThat(rows.get(1).get("kind").asText()).isEqualTo("RECEIPT");
        JsonNode balance = balance(OWN_CAMP, kit, partner);
        assertThat(balance.get("received").decimalValue()).isEqualByComparingTo("130");
        assertThat(balance.get("distributed").decimalValue()).isEqualByComparingTo("0");
        assertThat(balance.get("balance").decimalValue()).isEqualByComparingTo("130");
        require(Api.post("supervisor", "assistance/stock/" + OWN_CAMP + "/receipts/" + wrong.get("id").asText() + "/correction",
                "{\"reason\":\"again\"}"), 409);
        require(Api.post("supervisor", "assistance/stock/" + OWN_CAMP + "/receipts/" + rows.get(0).get("id").asText() + "/correction",
                "{\"reason\":\"a correction is not a receipt\"}"), 409);

        JsonNode entries = json(require(Api.get("camp-manager", "assistance/stock/" + OWN_CAMP + "/entries?size=500"), 200));
        List<JsonNode> mine = new ArrayList<>();
        entries.get("items").forEach(e -> {
            if (e.get("itemCode").asText().equals(kit)) {
                mine.add(e);
            }
        });
        assertThat(mine).extracting(e -> e.get("kind").asText()).containsExactlyInAnyOrder("RECEIPT", "RECEIPT", "RECEIPT", "CORRECTION");
        assertThat(mine.stream().filter(e -> e.get("id").asText().equals(wrong.get("id").asText())).findFirst().orElseThrow()
                .get("correctedBy").asText()).isEqualTo(rows.get(0).get("id").asText());

        // another camp: refused to its camp manager whatever the call, nothing written; the supervisor keeps every site
        assertThat(Api.post("camp-manager", "assistance/stock/" + OTHER_CAMP + "/receipts", receipt(kit, partner, "5")).statusCode()).isEqualTo(403);
        assertThat(Api.get("camp-manager", "assistance/stock/" + OTHER_CAMP).statusCode()).isEqualTo(403);
        assertThat(Api.get("camp-manager", "assistance/stock/" + OTHER_CAMP + "/entries").statusCode()).isEqualTo(403);
        assertThat(Api.post("camp-manager", "assistance/stock/" + OTHER_CAMP + "/receipts/" + wrong.get("id").asText() + "/correction",
                "{\"reason\":\"not mine\"}").statusCode()).isEqualTo(403);
        assertThat(Api.post("supervisor", "assistance/stock/" + OTHER_CAMP + "/receipts/" + mine.get(0).get("id").asText() + "/correction",
                "{\"reason\":\"another site's receipt\"}").statusCode()).as("a receipt is corrected at its own site").isEqualTo(404);
        require(Api.get("supervisor", "assistance/stock/" + OTHER_CAMP), 200);
        require(Api.get("supervisor", "assistance/stock/CAMP-NOWHERE-9"), 404);
        assertThat(Api.get("social-worker", "assistance/stock/" + OWN_CAMP).statusCode()).isEqualTo(403);
        assertThat(Api.get("admin", "assistance/stock/" + OWN_CAMP).statusCode()).isEqualTo(403);

        // whole units for pieces, in Armenian; an item switched off takes no receipt
        HttpResponse<String> half = require(in("hy", "camp-manager", "POST", "assistance/stock/" + OWN_CAMP + "/receipts",
                receipt(kit, partner, "1.5")), 400);
        assertThat(json(half).get("detail").asText()).startsWith("Այս ապրանքը հաշվվում է ամբողջ միավորներով");
        require(Api.send("admin", "PUT", "assistance/items/" + kit, item(kit, "PIECE").replace("}", ",\"active\":false}")), 200);
        HttpResponse<String> inactive = require(Api.post("camp-manager", "assistance/stock/" + OWN_CAMP + "/receipts",
                receipt(kit, partner, "1")), 400);
        assertThat(json(inactive).get("errors").get(0).get("field").asText()).isEqualTo("itemCode");
        assertThat(balance(OWN_CAMP, kit, partner).get("balance").decimalValue()).as("unchanged by the refusals").isEqualByComparingTo("130");
    }

    @Test
    void aReceipt_isCorrectedOnce_evenFromSixDesksAtTheSameInstant() throws Exception {
        String kit = code("KIT");
        require(Api.post("admin", "assistance/items", item(kit, "PIECE")), 201);
        String receipt = json(require(Api.post("supervisor", "assistance/stock/" + OWN_CAMP + "/receipts", receipt(kit, "UNHCR", "50")), 201))
                .get("id").asText();
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int desk = 0; desk < 6; desk++) {
                String user = desk % 2 == 0 ? "supervisor" : "camp-manager";
                answers.add(desks.submit(() -> {
                    start.await();
                    return Api.post(user, "assistance/stock/" + OWN_CAMP + "/receipts/" + receipt + "/correction",
                            "{\"reason\":\"double count\",\"quantity\":25}").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        } finally {
            desks.shutdownNow();
        }
        assertThat(balance(OWN_CAMP, kit, "UNHCR").get("balance").decimalValue()).as("50 reversed once, 25 received").isEqualByComparingTo("25");
    }

    @Test
    void anEditedEntitlement_keepsItsHistory_andTheRuleOnADayIsTheVersionInForceThen() {
        String code = code("FOOD-WEEKLY");
        HttpResponse<String> created = require(Api.post("supervisor", "assistance/entitlements", "{\"code\":\"" + code + "\","
                + "\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"bands\":[{\"minSize\":1,\"maxSize\":2,\"quantity\":1},"
                + "{\"minSize\":3,\"maxSize\":5,\"quantity\":2},{\"minSize\":6,\"quantity\":3}],\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\","
                + "\"siteCode\":\"" + OWN_CAMP + "\",\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"2026-03-01\"}"), 201);
        String id = json(created).get("id").asText();
        assertThat(json(created).get("versions")).hasSize(1);
        assertThat(json(created).get("versions").get(0).get("bands")).hasSize(3);

        JsonNode revised = json(require(Api.send("admin", "PUT", "assistance/entitlements/" + id, "{\"itemCode\":\"FOOD-PARCEL\","
                + "\"per\":\"PERSON\",\"quantity\":1,\"period\":\"MONTHLY\",\"months\":6,\"stage\":\"ANY_REGISTERED\",\"needCategory\":\"sc\","
                + "\"ageGroup\":\"0-4\",\"partnerCode\":\"UNHCR\",\"validFrom\":\"2026-03-10\",\"basedOnVersion\":1}"), 200));
        assertThat(revised.get("versions")).hasSize(2);
        assertThat(revised.get("versions").get(0).get("validTo").asText()).isEqualTo("2026-03-10");
        assertThat(revised.get("versions").get(1).get("needCategory").asText()).isEqualTo("SC");
        assertThat(revised.get("versions").get(1).get("latest").asBoolean()).isTrue();

        assertThat(versionOn(code, "2026-03-03").get("number").asInt()).isEqualTo(1);
        assertThat(versionOn(code, "2026-03-03").get("per").asText()).isEqualTo("HOUSEHOLD");
        assertThat(versionOn(code, "2026-03-09").get("number").asInt()).isEqualTo(1);
        assertThat(versionOn(code, "2026-03-10").get("number").asInt()).isEqualTo(2);
        assertThat(versionOn(code, "2026-03-10").get("partnerCode").asText()).isEqualTo("UNHCR");
        assertThat(versionOn(code, "2026-02-28")).as("before the rule began").isNull();
        assertThat(json(require(Api.get("social-worker", "assistance/entitlements/" + id), 200)).get("versions")).hasSize(2);

        HttpResponse<String> stale = require(Api.send("supervisor", "PUT", "assistance/entitlements/" + id, "{\"itemCode\":\"FOOD-PARCEL\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":2,\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"STATE-RESERVE\","
                + "\"validFrom\":\"2026-04-01\",\"basedOnVersion\":1}"), 409);
        assertThat(json(stale).get("latest").asInt()).isEqualTo(2);
        HttpResponse<String> earlier = require(Api.send("supervisor", "PUT", "assistance/entitlements/" + id, "{\"itemCode\":\"FOOD-PARCEL\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":2,\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"STATE-RESERVE\","
                + "\"validFrom\":\"2026-03-05\"}"), 400);
        assertThat(json(earlier).get("errors").get(0).get("field").asText()).isEqualTo("validFrom");
        require(Api.post("supervisor", "assistance/entitlements", "{\"code\":\"" + code + "\",\"itemCode\":\"WATER\",\"per\":\"PERSON\","
                + "\"quantity\":3,\"period\":\"DAILY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"2026-03-01\"}"), 409);
        require(Api.get("camp-manager", "assistance/entitlements/" + UUID.randomUUID()), 404);

        assertThat(Api.post("camp-manager", "assistance/entitlements", "{}").statusCode()).isEqualTo(403);
        assertThat(Api.send("social-worker", "PUT", "assistance/entitlements/" + id, "{}").statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", "assistance/entitlements").statusCode()).isEqualTo(403);
        assertThat(Api.get("auditor", "assistance/entitlements").statusCode()).isEqualTo(403);
    }

    @Test
    void badInput_isRefused400_inTheCallersLanguage() {
        HttpResponse<String> monthly = require(in("hy", "supervisor", "POST", "assistance/entitlements", "{\"code\":\"" + code("CASH")
                + "\",\"itemCode\":\"CASH-RENT\",\"per\":\"HOUSEHOLD\",\"quantity\":40000,\"period\":\"MONTHLY\",\"stage\":\"PRIVATE_ADDRESS\","
                + "\"partnerCode\":\"MLSA\",\"validFrom\":\"2026-03-01\"}"), 400);
        assertThat(json(monthly).get("errors").toString()).contains("\"field\":\"monthsForMonthly\"");
        assertThat(json(monthly).get("errors").get(0).get("message").asText()).startsWith("Ամսական իրավունքը գործում է 1-ից 60 ամիս");

        HttpResponse<String> both = require(in("ru", "supervisor", "POST", "assistance/entitlements", "{\"code\":\"" + code("FOOD")
                + "\",\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"bands\":[{\"minSize\":1,\"quantity\":1}],"
                + "\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"WFP\",\"validFrom\":\"2026-03-01\"}"), 400);
        assertThat(json(both).get("errors").get(0).get("message").asText()).startsWith("Укажите либо одно количество");

        HttpResponse<String> gap = require(in("hy", "supervisor", "POST", "assistance/entitlements", "{\"code\":\"" + code("FOOD")
                + "\",\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"bands\":[{\"minSize\":1,\"maxSize\":2,\"quantity\":1},"
                + "{\"minSize\":4,\"quantity\":2}],\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"WFP\",\"validFrom\":\"2026-03-01\"}"), 400);
        assertThat(json(gap).get("errors").get(0).get("field").asText()).isEqualTo("bands");
        assertThat(json(gap).get("detail").asText()).startsWith("Ընտանիքի չափի միջակայքերը");

        HttpResponse<String> need = require(Api.post("supervisor", "assistance/entitlements", "{\"code\":\"" + code("FOOD")
                + "\",\"itemCode\":\"BABY-KIT\",\"per\":\"PERSON\",\"quantity\":1,\"period\":\"ONCE\",\"stage\":\"ANY_REGISTERED\","
                + "\"needCategory\":\"QQ\",\"partnerCode\":\"UNICEF\",\"validFrom\":\"2026-03-01\"}"), 400);
        assertThat(json(need).get("errors").get(0).get("field").asText()).isEqualTo("needCategory");

        HttpResponse<String> day = require(in("hy", "social-worker", "GET", "assistance/entitlements?on=3-March", ""), 400);
        assertThat(json(day).get("detail").asText()).startsWith("Սա օր չէ");

        HttpResponse<String> negative = require(in("hy", "supervisor", "POST", "assistance/stock/" + OWN_CAMP + "/receipts",
                receipt("BLANKET", "ARCS", "-3")), 400);
        assertThat(json(negative).get("errors").get(0).get("field").asText()).isEqualTo("quantity");
        assertThat(json(negative).get("errors").get(0).get("message").asText()).startsWith("Մուտքագրեք 0-ից մեծ քանակ");

        HttpResponse<String> future = require(in("ru", "camp-manager", "POST", "assistance/stock/" + OWN_CAMP + "/receipts",
                receipt("BLANKET", "ARCS", "3").replace("2026-11-20", "2999-01-01")), 400);
        assertThat(json(future).get("errors").get(0).get("field").asText()).isEqualTo("receivedOn");
        assertThat(json(future).get("detail").asText()).startsWith("Введите день получения");

        HttpResponse<String> noName = require(in("ru", "admin", "POST", "assistance/items", "{\"code\":\"" + code("X") + "\",\"unit\":\"KG\","
                + "\"category\":\"FOOD\"}"), 400);
        assertThat(json(noName).get("errors")).hasSize(3);
        assertThat(json(noName).get("errors").get(0).get("message").asText()).isEqualTo("Введите название.");
    }

    private static String receipt(String item, String partner, String quantity) {
        return "{\"itemCode\":\"" + item + "\",\"partnerCode\":\"" + partner + "\",\"quantity\":" + quantity
                + ",\"receivedOn\":\"2026-11-20\",\"note\":\"truck 14\"}";
    }

    private static JsonNode balance(String site, String item, String partner) {
        for (JsonNode row : json(require(Api.get("supervisor", "assistance/stock/" + site), 200))) {
            if (row.get("itemCode").asText().equals(item) && row.get("partnerCode").asText().equals(partner)) {
                return row;
            }
        }
        throw new AssertionError("no balance of " + item + " from " + partner + " at " + site);
    }

    private static JsonNode versionOn(String code, String day) {
        for (JsonNode row : json(require(Api.get("camp-manager", "assistance/entitlements?on=" + day), 200))) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        return null;
    }
}
