package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Collection at the desks (issue 14, item 5): the same entitlement is collected once in its period, whatever desk,
 * site or retry asks. Twenty desks at two camps (the demo camp managers of Ararat and Goris) record one household's
 * weekly kit at the same instant: one collection, nineteen 409 refusals that say when and where it was collected, and
 * one kit out of the stock. A voided collection frees the entitlement and returns the kit; a retry with the same
 * Idempotency-Key answers the first lines and writes nothing. Goods are handed out only from what the camp holds: with
 * two kits, the third family hears what is left (en, hy, ru) and nothing is written; eight desks at once for three kits
 * hand out three, and the balance ends at 0, never below.
 */
@ExtendWith(ArquillianExtension.class)
class CollectionsApiIT {

    private static final String ARARAT = "CAMP-ARARAT-1";
    private static final String GORIS = "CAMP-GORIS-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    private record Setup(String number, String ruleId, String kit, String araratRound, String gorisRound) {
    }

    /** A household checked in at a camp of its own, a weekly kit for every registered household, a round at each demo camp. */
    private static Setup setup() {
        String kit = DistributionRoundsApiIT.code("KIT");
        require(Api.post("admin", "assistance/items", "{\"code\":\"" + kit + "\",\"nameEn\":\"Test kit\",\"nameHy\":\"Փորձնական հավաքածու\","
                + "\"nameRu\":\"Тестовый набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}"), 201);
        for (String camp : List.of(ARARAT, GORIS)) {
            require(Api.post("supervisor", "assistance/stock/" + camp + "/receipts", "{\"itemCode\":\"" + kit + "\",\"partnerCode\":\"IOM\","
                    + "\"quantity\":10,\"receivedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"), 201);
        }
        String ruleId = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("KIT-WEEKLY"), "\"itemCode\":\"" + kit + "\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\",\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"IOM\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        String camp = Api.newCamp(1, 10);
        String number = Api.screenedHousehold(2, 1, false);
        DistributionRoundsApiIT.checkedIn(camp, number);
        String ararat = json(require(Api.post("camp-manager", "assistance/rounds", "{\"siteCode\":\"" + ARARAT + "\",\"entitlementIds\":[\""
                + ruleId + "\"]}"), 201)).get("id").asText();
        String goris = json(require(Api.post("camp-manager2", "assistance/rounds", "{\"siteCode\":\"" + GORIS + "\",\"entitlementIds\":[\""
                + ruleId + "\"]}"), 201)).get("id").asText();
        return new Setup(number, ruleId, kit, ararat, goris);
    }

    private static String collect(Setup s, String round) {
        return "{\"roundId\":\"" + round + "\",\"registryNumber\":\"" + s.number() + "\",\"lines\":[{\"entitlementId\":\"" + s.ruleId()
                + "\"}],\"proxyName\":\"Gayane Sargsyan\"}";
    }

    @Test
    void twentyDesksAtTwoCamps_collectOneEntitlementOnce_andNineteenHearWhenAndWhere() throws Exception {
        Setup s = setup();
        ExecutorService desks = Executors.newFixedThreadPool(20);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int desk = 0; desk < 20; desk++) {
                boolean ararat = desk % 2 == 0;
                sent.add(desks.submit(() -> {
                    start.await();
                    return Api.post(ararat ? "camp-manager" : "camp-manager2", "assistance/collections",
                            collect(s, ararat ? s.araratRound() : s.gorisRound()));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            desks.shutdownNow();
        }
        List<HttpResponse<String>> made = answers.stream().filter(a -> a.statusCode() == 201).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 409).toList();
        assertThat(made).as("one collection").hasSize(1);
        assertThat(refused).as("nineteen refusals: " + answers.stream().map(HttpResponse::statusCode).toList()).hasSize(19);
        JsonNode line = json(made.get(0)).get(0);
        String site = line.get("siteCode").asText();
        for (HttpResponse<String> no : refused) {
            JsonNode problem = json(no);
            assertThat(problem.get("detail").asText()).startsWith("Already collected: ").contains(site)
                    .containsPattern("on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} at ");
            assertThat(problem.get("siteCode").asText()).isEqualTo(site);
            assertThat(problem.get("collectedAt").asText()).startsWith(line.get("collectedAt").asText().substring(0, 19));
        }
        String other = site.equals(ARARAT) ? GORIS : ARARAT;
        assertThat(balance(site, s.kit())).as("one kit out at " + site).isEqualByComparingTo("9");
        assertThat(balance(other, s.kit())).as("nothing out at " + other).isEqualByComparingTo("10");
        JsonNode held = stockRow(site, s.kit());
        assertThat(held.get("received").decimalValue()).isEqualByComparingTo("10");
        assertThat(held.get("distributed").decimalValue()).as("one DISTRIBUTION row, not one per desk").isEqualByComparingTo("1");
        assertThat(Api.allItems("supervisor", "assistance/stock/" + site + "/entries")).filteredOn(e -> e.get("itemCode").asText().equals(s.kit()))
                .extracting(e -> e.get("kind").asText() + " " + e.get("quantity").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("DISTRIBUTION -1", "RECEIPT 10");
        List<JsonNode> history = Api.allItems("supervisor", "assistance/collections?household=" + s.number());
        assertThat(history).hasSize(1);

        // the refusal in Armenian and Russian
        String user = other.equals(ARARAT) ? "camp-manager" : "camp-manager2";
        String round = other.equals(ARARAT) ? s.araratRound() : s.gorisRound();
        assertThat(json(require(in("hy", user, "assistance/collections", collect(s, round)), 409)).get("detail").asText()).startsWith("Արդեն ստացված է");
        assertThat(json(require(in("ru", user, "assistance/collections", collect(s, round)), 409)).get("detail").asText()).startsWith("Уже получено");
    }

    @Test
    void aVoidedCollection_freesTheEntitlement_andAKeyedRetryAnswersTheFirstLines() {
        Setup s = setup();
        String key = "desk-" + UUID.randomUUID();
        JsonNode first = json(require(Api.post("camp-manager", "assistance/collections", collect(s, s.araratRound()), key), 201));
        JsonNode again = json(require(Api.post("camp-manager", "assistance/collections", collect(s, s.araratRound()), key), 201));
        assertThat(again.get(0).get("id").asText()).as("the retry answers the first line").isEqualTo(first.get(0).get("id").asText());
        assertThat(balance(ARARAT, s.kit())).isEqualByComparingTo("9");
        String id = first.get(0).get("id").asText();

        require(Api.post("camp-manager2", "assistance/collections/" + id + "/void", "{\"reason\":\"wrong family\"}"), 403);
        require(Api.post("camp-manager", "assistance/collections/" + id + "/void", "{}"), 400);
        JsonNode voided = json(require(Api.post("camp-manager", "assistance/collections/" + id + "/void",
                "{\"reason\":\"handed to the wrong family\"}"), 200));
        assertThat(voided.get("voidReason").asText()).isEqualTo("handed to the wrong family");
        require(Api.post("camp-manager", "assistance/collections/" + id + "/void", "{\"reason\":\"again\"}"), 409);
        assertThat(balance(ARARAT, s.kit())).as("the kit is back").isEqualByComparingTo("10");

        JsonNode goris = json(require(Api.post("camp-manager2", "assistance/collections", collect(s, s.gorisRound())), 201));
        assertThat(goris.get(0).get("siteCode").asText()).isEqualTo(GORIS);
        assertThat(balance(GORIS, s.kit())).isEqualByComparingTo("9");
        assertThat(balance(ARARAT, s.kit())).isEqualByComparingTo("10");
        List<JsonNode> history = Api.allItems("supervisor", "assistance/collections?household=" + s.number());
        assertThat(history).hasSize(2);
        assertThat(history).filteredOn(h -> h.hasNonNull("voidedAt")).hasSize(1);
        assertThat(Api.allItems("camp-manager", "assistance/collections?household=" + s.number())).as("Ararat's lines only").hasSize(1);

        // bad input
        require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + s.araratRound() + "\",\"registryNumber\":\""
                + s.number() + "\",\"lines\":[{\"entitlementId\":\"" + UUID.randomUUID() + "\"}],\"proxyName\":\"X Y\"}"), 400);
        require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + s.araratRound() + "\",\"registryNumber\":\""
                + s.number() + "\",\"lines\":[{\"entitlementId\":\"" + s.ruleId() + "\"}]}"), 400);
        require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + s.araratRound() + "\",\"registryNumber\":\"nope\"}"), 400);
        require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + s.gorisRound() + "\",\"registryNumber\":\""
                + s.number() + "\",\"proxyName\":\"X Y\"}"), 403);
        require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + UUID.randomUUID() + "\",\"registryNumber\":\""
                + s.number() + "\",\"proxyName\":\"X Y\"}"), 404);
        assertThat(Api.post("registrar", "assistance/collections", collect(s, s.araratRound())).statusCode()).isEqualTo(403);
        assertThat(Api.get("police", "assistance/collections?household=" + s.number()).statusCode()).isEqualTo(403);
    }

    /** A new item with {@code quantity} of it from IOM at Ararat's camp, and a rule of one per household, once: the rule's id and the item. */
    private static String[] stockOf(int quantity) {
        String kit = DistributionRoundsApiIT.code("KIT");
        require(Api.post("admin", "assistance/items", "{\"code\":\"" + kit + "\",\"nameEn\":\"Winter kit\",\"nameHy\":\"Ձմեռային հավաքածու\","
                + "\"nameRu\":\"Зимний набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}"), 201);
        String receipt = json(require(Api.post("supervisor", "assistance/stock/" + ARARAT + "/receipts", "{\"itemCode\":\"" + kit
                + "\",\"partnerCode\":\"IOM\",\"quantity\":" + quantity + ",\"receivedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"), 201))
                .get("id").asText();
        String rule = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("KIT-ONCE"), "\"itemCode\":\"" + kit + "\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"ONCE\",\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"IOM\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        String round = json(require(Api.post("camp-manager", "assistance/rounds", "{\"siteCode\":\"" + ARARAT + "\",\"entitlementIds\":[\""
                + rule + "\"]}"), 201)).get("id").asText();
        return new String[] {rule, kit, round, receipt};
    }

    private static String collectOne(String round, String rule, String number) {
        return "{\"roundId\":\"" + round + "\",\"registryNumber\":\"" + number + "\",\"lines\":[{\"entitlementId\":\"" + rule
                + "\"}],\"proxyName\":\"Gayane Sargsyan\"}";
    }

    /** A family pre-registered at the demo BCP (its members not registered yet): a desk serves it a rule per household. */
    private static String family() {
        Names head = Names.random();
        return Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 1, 0);
    }

    @Test
    void aStockOfTwo_servesTwoHouseholds_theThirdHearsWhatIsLeft_andReceiptsVoidsAndCorrectionsMoveTheBalance() {
        String[] s = stockOf(2);
        String rule = s[0];
        String kit = s[1];
        String round = s[2];
        List<String> families = List.of(family(), family(), family());
        require(Api.post("camp-manager", "assistance/collections", collectOne(round, rule, families.get(0))), 201);
        JsonNode second = json(require(Api.post("camp-manager", "assistance/collections", collectOne(round, rule, families.get(1))), 201));
        JsonNode refused = json(require(Api.post("camp-manager", "assistance/collections", collectOne(round, rule, families.get(2))), 409));
        assertThat(refused.get("detail").asText()).matches("Only 0 left of Winter kit at [^()]+ \\(" + ARARAT
                + "\\) from IOM, and 1 to hand over: record the delivery first\\.");
        assertThat(refused.get("rule").asText()).isEqualTo("stock");
        assertThat(refused.get("left").decimalValue()).isEqualByComparingTo("0");
        assertThat(json(require(in("hy", "camp-manager", "assistance/collections", collectOne(round, rule, families.get(2))), 409))
                .get("detail").asText()).startsWith("Պաշարը բավարար չէ").contains("«Ձմեռային հավաքածու»", ARARAT, "IOM");
        assertThat(json(require(in("ru", "camp-manager", "assistance/collections", collectOne(round, rule, families.get(2))), 409))
                .get("detail").asText()).startsWith("Недостаточно запасов: «Зимний набор» от IOM").contains(ARARAT, "осталось только 0");
        assertThat(balance(ARARAT, kit)).isEqualByComparingTo("0");
        assertThat(Api.allItems("supervisor", "assistance/collections?household=" + families.get(2))).as("nothing written").isEmpty();

        // a delivery serves the third; a void returns its kit; a correction of the first receipt takes it back
        require(Api.post("supervisor", "assistance/stock/" + ARARAT + "/receipts", "{\"itemCode\":\"" + kit + "\",\"partnerCode\":\"IOM\","
                + "\"quantity\":1,\"receivedOn\":\"" + LocalDate.now() + "\"}"), 201);
        require(Api.post("camp-manager", "assistance/collections", collectOne(round, rule, families.get(2))), 201);
        assertThat(balance(ARARAT, kit)).isEqualByComparingTo("0");
        require(Api.post("camp-manager", "assistance/collections/" + second.get(0).get("id").asText() + "/void",
                "{\"reason\":\"handed to the wrong family\"}"), 200);
        assertThat(balance(ARARAT, kit)).as("the voided kit is back").isEqualByComparingTo("1");
        require(Api.post("supervisor", "assistance/stock/" + ARARAT + "/receipts/" + s[3] + "/correction",
                "{\"reason\":\"one kit was torn\",\"quantity\":1}"), 201);
        assertThat(balance(ARARAT, kit)).as("2 received, corrected to 1").isEqualByComparingTo("0");
        JsonNode again = json(require(Api.post("camp-manager", "assistance/collections", collectOne(round, rule, families.get(1))), 409));
        assertThat(again.get("detail").asText()).startsWith("Only 0 left of Winter kit");
    }

    @Test
    void desksInParallel_forMoreFamiliesThanTheStockHolds_handOutExactlyTheStock_andTheBalanceNeverGoesBelowZero() throws Exception {
        String[] s = stockOf(3);
        List<String> families = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            families.add(family());
        }
        ExecutorService desks = Executors.newFixedThreadPool(families.size());
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (String number : families) {
                sent.add(desks.submit(() -> {
                    start.await();
                    return Api.post("camp-manager", "assistance/collections", collectOne(s[2], s[0], number));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            desks.shutdownNow();
        }
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).as("as many as the stock holds: "
                + answers.stream().map(HttpResponse::statusCode).toList()).hasSize(3);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).hasSize(5)
                .allSatisfy(a -> assertThat(json(a).get("detail").asText()).startsWith("Only 0 left of Winter kit at "));
        JsonNode held = stockRow(ARARAT, s[1]);
        assertThat(held.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(held.get("distributed").decimalValue()).isEqualByComparingTo("3");
        long collected = families.stream().mapToLong(f -> Api.allItems("supervisor", "assistance/collections?household=" + f).size()).sum();
        assertThat(collected).as("one line per 201, none for a refusal").isEqualTo(3);
    }

    private static HttpResponse<String> in(String language, String user, String path, String body) {
        return Api.send(Api.request(user, path).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static java.math.BigDecimal balance(String site, String item) {
        return stockRow(site, item).get("balance").decimalValue();
    }

    private static JsonNode stockRow(String site, String item) {
        for (JsonNode row : json(require(Api.get("supervisor", "assistance/stock/" + site), 200))) {
            if (row.get("itemCode").asText().equals(item)) {
                return row;
            }
        }
        throw new AssertionError("no balance of " + item + " at " + site);
    }
}
