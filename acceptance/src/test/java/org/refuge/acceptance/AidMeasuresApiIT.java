package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The action plan's third area completed by what happens (issue 14, item 9): in a freshly activated plan, the demo
 * social worker opening a food round at the Ararat camp completes "involve social workers to provide food and
 * accommodation", and the first food parcel from the state reserve handed to a family completes "allocate food and
 * shelter from the state reserves", both as done by the social worker; neither is done before its act.
 */
@ExtendWith(ArquillianExtension.class)
class AidMeasuresApiIT {

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
    void aSocialWorkersFoodRound_andTheFirstStateFoodHandedOut_completeTheirMeasures() {
        String event = json(require(Api.post("supervisor", "influx-events", "{\"name\":\"Aid measures " + UUID.randomUUID()
                + "\",\"threshold\":100000}"), 201)).get("id").asText();
        require(Api.post("supervisor", "influx-events/" + event + "/activation", ""), 200);
        assertThat(measure(event, "aidSocialWorkers").hasNonNull("doneAt")).isFalse();
        assertThat(measure(event, "aidReserves").hasNonNull("doneAt")).isFalse();

        String rule = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("STATE-FOOD"), "\"itemCode\":\"FOOD-PARCEL\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\",\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"STATE-RESERVE\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        String round = json(require(Api.post("social-worker", "assistance/rounds", "{\"siteCode\":\"CAMP-ARARAT-1\",\"entitlementIds\":[\""
                + rule + "\"]}"), 201)).get("id").asText();
        JsonNode socialWorkers = measure(event, "aidSocialWorkers");
        assertThat(socialWorkers.hasNonNull("doneAt")).as("a social worker's round at a camp").isTrue();
        assertThat(socialWorkers.get("doneBy").asText()).isEqualTo("social-worker");
        assertThat(measure(event, "aidReserves").hasNonNull("doneAt")).as("nothing handed out yet").isFalse();

        String number = Api.familyOfFour(LocalDate.now().minusDays(1));
        require(Api.post("supervisor", "assistance/stock/CAMP-ARARAT-1/receipts", "{\"itemCode\":\"FOOD-PARCEL\",\"partnerCode\":"
                + "\"STATE-RESERVE\",\"quantity\":1,\"receivedOn\":\"" + LocalDate.now() + "\"}"), 201);
        require(Api.post("social-worker", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\"" + number
                + "\",\"lines\":[{\"entitlementId\":\"" + rule + "\"}],\"proxyName\":\"Gayane Sargsyan\"}"), 201);
        JsonNode reserves = measure(event, "aidReserves");
        assertThat(reserves.hasNonNull("doneAt")).as("food from the state reserve handed out").isTrue();
        assertThat(reserves.get("doneBy").asText()).isEqualTo("social-worker");
    }

    /** A measure of the event's plan as the board shows it. */
    private static JsonNode measure(String event, String key) {
        for (JsonNode m : json(require(Api.get("supervisor", "influx-events/" + event + "/action-plan"), 200)).get("measures")) {
            if (m.get("key").asText().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + key);
    }
}
