package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cash through a paying agency (issue 14, item 6): a round at a test camp with a one-off cash rule of 100,000 AMD per
 * person lists the 4 persons of its 2 checked-in households for the agency; the file holds the 4 lines; a second list
 * lists nobody (never listed twice); the agency's answer marks one line paid and one failed, a second mark of the paid
 * line is refused for that line alone; the failed line, and only it, is listed again by a third list. A round without
 * cash has no payment list; a camp manager of another site and a registrar are refused.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentListsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    @Test
    void aRoundsCashIsListedOnce_markedOncePerLine_andAFailedLineIsDueAgain() {
        String camp = Api.newCamp(2, 10);
        DistributionRoundsApiIT.checkedIn(camp, Api.screenedHousehold(2, 1, false));
        DistributionRoundsApiIT.checkedIn(camp, Api.screenedHousehold(1, 0, false));
        String cash = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("CASH"), "\"itemCode\":\"CASH-ONE-OFF\",\"per\":\"PERSON\","
                + "\"quantity\":100000,\"period\":\"ONCE\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"MLSA\",\"validFrom\":\""
                + LocalDate.now().minusDays(1) + "\"");
        String round = json(require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + cash + "\"]}"), 201)).get("id").asText();

        assertThat(Api.post("camp-manager", "assistance/payment-lists", "{\"roundId\":\"" + round + "\",\"agency\":\"Test Bank\"}")
                .statusCode()).as("a camp manager of another site").isEqualTo(403);
        assertThat(Api.post("registrar", "assistance/payment-lists", "{\"roundId\":\"" + round + "\",\"agency\":\"Test Bank\"}")
                .statusCode()).isEqualTo(403);
        assertThat(Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + round + "\",\"agency\":\" \"}").statusCode())
                .isEqualTo(400);
        JsonNode list = json(require(Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + round
                + "\",\"agency\":\"Test Bank\"}"), 201));
        String id = list.get("id").asText();
        assertThat(list.get("listed").asLong()).as("the 4 persons of the round's list").isEqualTo(4);
        assertThat(list.get("currency").asText()).isEqualTo("AMD");

        JsonNode lines = json(require(Api.get("supervisor", "assistance/payment-lists/" + id + "/lines?size=500"), 200));
        assertThat(lines.get("total").asLong()).isEqualTo(4);
        List<String> lineIds = new ArrayList<>();
        lines.get("items").forEach(l -> {
            assertThat(l.get("amount").decimalValue()).isEqualByComparingTo("100000");
            assertThat(l.get("status").asText()).isEqualTo("LISTED");
            assertThat(l.get("registryNumber").asText()).isNotBlank();
            assertThat(l.get("personName").asText()).isNotBlank();
            lineIds.add(l.get("id").asText());
        });
        HttpResponse<byte[]> csv = Api.bytes(Api.request("supervisor", "assistance/payment-lists/" + id + "/lines?format=csv")
                .setHeader("Accept-Language", "en").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> rows = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(rows.get(0)).startsWith("\uFEFFLine,Registry number,");
        assertThat(rows).hasSize(5);
        lineIds.forEach(line -> assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(line + ",").contains(",100000,AMD,")));

        JsonNode again = json(require(Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + round
                + "\",\"agency\":\"Test Bank\"}"), 201));
        assertThat(again.get("listed").asLong()).as("never listed twice").isZero();

        JsonNode results = json(require(Api.post("supervisor", "assistance/payment-lists/" + id + "/marks", "[{\"lineId\":\""
                + lineIds.get(0) + "\",\"status\":\"PAID\",\"reference\":\"TX-1\"},{\"lineId\":\"" + lineIds.get(1)
                + "\",\"status\":\"FAILED\",\"reason\":\"account closed\"},{\"lineId\":\"" + lineIds.get(0)
                + "\",\"status\":\"PAID\",\"reference\":\"TX-1b\"},{\"lineId\":\"" + java.util.UUID.randomUUID() + "\",\"status\":\"PAID\"}]"), 200));
        assertThat(results.get(0).get("status").asText()).isEqualTo("PAID");
        assertThat(results.get(1).get("status").asText()).isEqualTo("FAILED");
        assertThat(results.get(2).get("refusal").asText()).as("paid once").isEqualTo("refuge.payment.markedAlready");
        assertThat(results.get(3).get("refusal").asText()).isEqualTo("refuge.payment.lineUnknown");
        JsonNode counted = json(require(Api.get("supervisor", "assistance/payment-lists/" + id), 200));
        assertThat(List.of(counted.get("listed").asLong(), counted.get("paid").asLong(), counted.get("failed").asLong()))
                .containsExactly(2L, 1L, 1L);

        JsonNode third = json(require(Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + round
                + "\",\"agency\":\"Test Bank\"}"), 201));
        assertThat(third.get("listed").asLong()).as("the failed line is due again").isEqualTo(1);

        String food = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("FOOD"), "\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\","
                + "\"quantity\":1,\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"WFP\",\"validFrom\":\""
                + LocalDate.now().minusDays(1) + "\"");
        String foodRound = json(require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + food + "\"]}"), 201)).get("id").asText();
        HttpResponse<String> noCash = Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + foodRound + "\",\"agency\":\"Test Bank\"}");
        assertThat(noCash.statusCode()).isEqualTo(400);
        assertThat(noCash.body()).contains("cash");
    }
}
