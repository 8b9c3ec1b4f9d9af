package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refuge.assistance.document.SlipQrReader;

/**
 * The desk's scan through the API ({@code POST /api/v1/assistance/desks/{site}/scans}, issue 14 item 5): a checked-in
 * family's slip and another's handed-over identity card each name their household with what is due in the camp's open
 * round, as the desk screen shows it (and, once collected, when and where); a changed slip or card, a slip of a voided
 * household and a card reported lost are refused 409 in the caller's language, a text that is no paper's code 400; the
 * roles that do not work at desks, a desk at another camp and a family of another site due nothing here are refused.
 */
@ExtendWith(ArquillianExtension.class)
class DeskScansApiIT {

    private static final String CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    static String scanBody(String qr) {
        return "{\"qr\":" + Api.JSON.valueToTree(qr) + "}";
    }

    private static HttpResponse<String> scan(String user, String site, String qr) {
        return Api.post(user, "assistance/desks/" + site + "/scans", scanBody(qr));
    }

    private static HttpResponse<String> scanIn(String language, String qr) {
        return Api.send(Api.request("social-worker", "assistance/desks/" + CAMP + "/scans").setHeader("Accept-Language", language)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(scanBody(qr), StandardCharsets.UTF_8)));
    }

    /** The QR text of the household's first slip, printed by the registrar of its BCP. */
    private static String slip(String registrar, String number) throws Exception {
        HttpResponse<byte[]> slip = Api.postForBytes(registrar, "assistance/slips/" + number + "/prints", "");
        assertThat(slip.statusCode()).isEqualTo(200);
        return SlipQrReader.read(slip.body()).orElseThrow(() -> new AssertionError("no QR read from the slip"));
    }

    /** A household checked in at the camp, of the demo BCP. */
    private static String checkedIn() {
        String number = Api.screenedHousehold(1, 2, false);
        require(Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}"), 201);
        Api.transferred(CAMP, number);
        Api.checkIn("camp-manager", CAMP, number);
        return number;
    }

    private static JsonNode line(JsonNode desk, String rule) {
        for (JsonNode line : desk.get("lines")) {
            if (line.get("entitlementCode").asText().equals(rule)) {
                return line;
            }
        }
        throw new AssertionError("no line of " + rule + " in " + desk);
    }

    private static String changed(String qr, int at) {
        return qr.substring(0, at) + (qr.charAt(at) == 'A' ? 'B' : 'A') + qr.substring(at + 1);
    }

    @Test
    void aSlipAndACard_nameTheirHouseholds_withWhatIsDueAtTheDesk_andWhenAndWhereItWasCollected() throws Exception {
        Api.openCamp("camp-manager", CAMP);
        String number = checkedIn();
        String qr = slip("registrar", number);
        String[] card = DistributionDeskBrowserIT.handedOverCard();
        String rule = DistributionRoundsApiIT.code("DESK-SCAN");
        String ruleId = DistributionRoundsApiIT.rule(rule, "\"itemCode\":\"HYGIENE-KIT\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\","
                + "\"stage\":\"IN_CAMP\",\"siteCode\":\"" + CAMP + "\",\"partnerCode\":\"IOM\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        // the desk hands over only what the camp holds
        require(Api.post("supervisor", "assistance/stock/" + CAMP + "/receipts", "{\"itemCode\":\"HYGIENE-KIT\",\"partnerCode\":\"IOM\","
                + "\"quantity\":1,\"receivedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"), 201);
        String round = json(require(Api.post("social-worker", "assistance/rounds", "{\"siteCode\":\"" + CAMP + "\",\"entitlementIds\":[\""
                + ruleId + "\"]}"), 201)).get("id").asText();
        try {
            JsonNode bySlip = json(require(scan("social-worker", CAMP, qr), 200));
            assertThat(bySlip.get("document").asText()).isEqualTo("SLIP");
            assertThat(bySlip.get("registryNumber").asText()).isEqualTo(number);
            assertThat(bySlip.get("size").asInt()).isEqualTo(3);
            assertThat(bySlip.get("members")).hasSize(3);
            assertThat(bySlip.get("rounds").findValuesAsText("id")).contains(round);
            JsonNode due = line(bySlip, rule);
            assertThat(due.get("registryNumber").asText()).isEqualTo(number);
            assertThat(due.get("quantity").decimalValue()).isEqualByComparingTo("1");
            assertThat(due.path("collectionId").isMissingNode() || due.get("collectionId").isNull()).as("to hand over: " + due).isTrue();

            require(Api.post("social-worker", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\"" + number
                    + "\",\"lines\":[{\"entitlementId\":\"" + ruleId + "\"}],\"proxyName\":\"Gayane Sargsyan\"}"), 201);
            JsonNode collected = line(json(require(scan("camp-manager", CAMP, qr), 200)), rule);
            assertThat(collected.get("collectedSite").asText()).isEqualTo(CAMP);
            assertThat(collected.get("collectedAt").asText()).startsWith(LocalDate.now().toString().substring(0, 4));

            JsonNode byCard = json(require(scan("camp-manager", CAMP, card[1]), 200));
            assertThat(byCard.get("document").asText()).isEqualTo("CARD");
            assertThat(byCard.get("registryNumber").asText()).isEqualTo(card[0]);
            JsonNode cardLine = line(byCard, rule);
            assertThat(cardLine.path("collectionId").isMissingNode() || cardLine.get("collectionId").isNull()).as("to hand over: " + cardLine).isTrue();
            assertThat(json(require(scan("supervisor", CAMP, card[1]), 200)).get("registryNumber").asText()).isEqualTo(card[0]);

            // the card reported lost is no longer accepted
            require(Api.post("police", "documents/" + json(require(Api.get("police", "documents/households/" + card[0]), 200)).get(0)
                    .get("id").asText() + "/missing", "{\"stolen\":false,\"circumstances\":\"lost on the way to the camp\"}"), 204);
            JsonNode lost = json(require(scan("social-worker", CAMP, card[1]), 409));
            assertThat(lost.get("detail").asText()).isEqualTo("This identity card is not accepted: it was reported lost.");
            assertThat(lost.get("document").asText()).isEqualTo("CARD");
            assertThat(lost.get("verdict").asText()).isEqualTo("REPORTED_LOST");
        } finally {
            require(Api.post("social-worker", "assistance/rounds/" + round + "/close", ""), 200);
        }
    }

    @Test
    void aChangedSlipOrCard_aVoidedHouseholdsSlip_andTextThatIsNoCode_areRefusedInTheCallersLanguage() throws Exception {
        String number = Api.preRegister("registrar", Names.random().givenLatin() + " Desk", 1, 0, 0, 0);
        String qr = slip("registrar", number);
        HttpResponse<String> changedSlip = require(scanIn("ru", changed(qr, qr.length() - 5)), 409);
        assertThat(json(changedSlip).get("detail").asText())
                .isEqualTo("Этот регистрационный талон не принимается: QR-код изменён или выдан не этим реестром.");
        assertThat(json(changedSlip).get("verdict").asText()).isEqualTo("INVALID_SIGNATURE");
        assertThat(json(changedSlip).get("errors").get(0).get("field").asText()).isEqualTo("qr");

        String[] card = DistributionDeskBrowserIT.handedOverCard();
        JsonNode changedCard = json(require(scanIn("hy", changed(card[1], 10)), 409));
        assertThat(changedCard.get("document").asText()).isEqualTo("CARD");
        assertThat(changedCard.get("detail").asText()).startsWith("Այս անձը հաստատող փաստաթուղթը չի ընդունվում");

        require(Api.post("registrar", "households/" + number + "/void", "{\"reason\":\"registered twice\"}"), 200);
        JsonNode voided = json(require(scanIn("en", qr), 409));
        assertThat(voided.get("detail").asText()).isEqualTo("This registration slip is not accepted: it is genuine, but the household has since been voided.");
        assertThat(voided.get("verdict").asText()).isEqualTo("VOIDED");

        assertThat(json(require(scanIn("en", "not a code"), 400)).get("detail").asText())
                .isEqualTo("Not readable: this is the QR code of neither a registration slip nor an identity card; scan it again.");
        require(Api.post("social-worker", "assistance/desks/" + CAMP + "/scans", "{}"), 400);
        require(scanIn("en", "x".repeat(3001)), 400);
    }

    @Test
    void rolesThatDoNotWorkAtDesks_aDeskAtAnotherCamp_andAFamilyOfAnotherSiteDueNothingHere_areRefused() throws Exception {
        String number = Api.preRegister("registrar2", Names.random().givenLatin() + " Desk", 1, 0, 0, 0);
        String qr = slip("registrar2", number);
        for (String role : new String[] {"registrar", "police", "caseworker", "medical", "auditor", "admin"}) {
            require(scan(role, CAMP, qr), 403);
        }
        require(scan("social-worker", "CAMP-GORIS-1", qr), 403);
        require(scan("camp-manager", "CAMP-GORIS-1", qr), 403);
        // a round another class left open at the camp may hold a rule for any family, which this one is then due
        for (JsonNode open : Api.allItems("supervisor", "assistance/rounds?site=" + CAMP + "&open=true")) {
            require(Api.post("supervisor", "assistance/rounds/" + open.get("id").asText() + "/close", ""), 200);
        }
        assertThat(scan("social-worker", CAMP, qr).statusCode()).as("a family of BCP-BAGRATASHEN, due nothing at " + CAMP).isIn(403, 404);
        assertThat(json(require(scan("supervisor", CAMP, qr), 200)).get("registryNumber").asText()).isEqualTo(number);
    }
}
