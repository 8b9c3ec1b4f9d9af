package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The distributions report (issue 14, item 10): the Khalil family of four ({@link Api#familyOfFour}) collects one
 * test kit per household at the demo camp of Ararat; the report counts that kit's line, its household and the four
 * persons it reached in their sex and age-group columns, exactly; a voided collection leaves the report; the camp
 * manager of Ararat sees the line, the camp manager of Goris does not; the CSV says it in the caller's language; the
 * registrar is refused.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionReportApiIT {

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
    void aHouseholdsKit_reachesEachMember_inTheirSexAndAgeColumns_withinTheReadersSites() {
        String kit = DistributionRoundsApiIT.code("KIT");
        require(Api.post("admin", "assistance/items", "{\"code\":\"" + kit + "\",\"nameEn\":\"Report kit\",\"nameHy\":\"Հաշվետվության հավաքածու\","
                + "\"nameRu\":\"Набор для отчёта\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}"), 201);
        require(Api.post("supervisor", "assistance/stock/CAMP-ARARAT-1/receipts", "{\"itemCode\":\"" + kit + "\",\"partnerCode\":\"IOM\","
                + "\"quantity\":5,\"receivedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"), 201);
        String rule = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("KIT-ONCE"), "\"itemCode\":\"" + kit + "\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\",\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"IOM\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        String number = Api.familyOfFour(LocalDate.now().minusDays(1));
        String round = json(require(Api.post("camp-manager", "assistance/rounds", "{\"siteCode\":\"CAMP-ARARAT-1\",\"entitlementIds\":[\""
                + rule + "\"]}"), 201)).get("id").asText();
        JsonNode collected = json(require(Api.post("camp-manager", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\""
                + number + "\",\"lines\":[{\"entitlementId\":\"" + rule + "\"}],\"proxyName\":\"Gayane Sargsyan\"}"), 201));

        JsonNode line = item(Api.get("supervisor", "reports/distributions"), kit);
        assertThat(line).as("the kit's line").isNotNull();
        JsonNode persons = line.get("persons");
        assertThat(persons.get("F/0-4").asLong()).isEqualTo(1);
        assertThat(persons.get("F/18-59").asLong()).isEqualTo(1);
        assertThat(persons.get("F/TOTAL").asLong()).isEqualTo(2);
        assertThat(persons.get("M/5-11").asLong()).isEqualTo(1);
        assertThat(persons.get("M/60+").asLong()).isEqualTo(1);
        assertThat(persons.get("M/TOTAL").asLong()).isEqualTo(2);
        assertThat(persons.get("X/TOTAL").asLong()).isZero();
        assertThat(line.get("personsTotal").asLong()).isEqualTo(4);
        assertThat(line.get("households").asLong()).isEqualTo(1);
        assertThat(line.get("lines").asLong()).isEqualTo(1);
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(line.get("names").get("hy").asText()).isEqualTo("Հաշվետվության հավաքածու");

        assertThat(item(Api.get("camp-manager", "reports/distributions"), kit)).as("Ararat's camp manager: their site").isNotNull();
        assertThat(item(Api.get("camp-manager2", "reports/distributions"), kit)).as("Goris's camp manager: not their site").isNull();
        HttpResponse<byte[]> csv = Api.bytes(Api.request("supervisor", "reports/distributions?format=csv").setHeader("Accept-Language", "ru").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> rows = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(rows.get(0)).startsWith("\uFEFFВид помощи,Единица,");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Набор для отчёта,").endsWith(",4,1,1,1"));
        assertThat(Api.get("registrar", "reports/distributions").statusCode()).isEqualTo(403);
        assertThat(Api.get("supervisor", "reports/distributions?from=2026-13-01").statusCode()).isEqualTo(400);

        String collection = collected.get(0).get("id").asText();
        require(Api.post("camp-manager", "assistance/collections/" + collection + "/void", "{\"reason\":\"Recorded for the wrong family\"}"), 200);
        assertThat(item(Api.get("supervisor", "reports/distributions"), kit)).as("a voided collection is not counted").isNull();
    }

    /** The line of an item in the report, or null. */
    private static JsonNode item(HttpResponse<String> report, String itemCode) {
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        for (JsonNode item : json(report).get("items")) {
            if (item.get("itemCode").asText().equals(itemCode)) {
                return item;
            }
        }
        return null;
    }
}
