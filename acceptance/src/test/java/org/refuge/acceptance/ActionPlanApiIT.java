package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * The emergency and its action plan through the API: arrivals above an event's threshold alert the supervisors; the
 * activated plan gives each of the 18 measures of the four areas to its group with a due date (site-bound police see
 * theirs); a recorded decree completes the decree measure; roles and bad input are refused clearly.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlanApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static List<String> taskNames(String user, String reference) {
        return StreamSupport.stream(json(Api.get(user, "tasks?reference=" + reference)).get("items").spliterator(), false)
                .map(task -> task.get("nameKey").asText()).toList();
    }

    @Test
    void arrivalsAboveTheThreshold_alertTheSupervisors_andTheActivatedPlanGivesEachMeasureToItsGroup() {
        HttpResponse<String> declared = Api.post("supervisor", "influx-events", "{\"name\":\"Test influx " + UUID.randomUUID()
                + "\",\"threshold\":3}");
        assertThat(declared.statusCode()).isEqualTo(201);
        String id = json(declared).get("id").asText();
        JsonNode before = json(Api.get("supervisor", "influx-events/" + id + "/action-plan"));
        assertThat(before.get("measures")).isEmpty();
        assertThat(before.get("indicator").get("threshold").asInt()).isEqualTo(3);

        Api.preRegister("registrar", "Ani Petrosyan", 2, 0, 2, 0);
        JsonNode exceeded = json(Api.get("supervisor", "influx-events/" + id + "/action-plan")).get("indicator");
        assertThat(exceeded.get("arrivals").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(exceeded.get("exceeded").asBoolean()).isTrue();
        assertThat(exceeded.get("exceededAt").isNull()).isFalse();
        assertThat(taskNames("supervisor", id)).contains("task.massInfluxResponse.massInfluxAlert", "task.massInfluxResponse.assessInflux");

        assertThat(Api.post("registrar", "influx-events/" + id + "/activation", "").statusCode()).isEqualTo(403);
        HttpResponse<String> activated = Api.post("supervisor", "influx-events/" + id + "/activation", "");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        JsonNode plan = json(activated);
        assertThat(plan.get("event").get("status").asText()).isEqualTo("PLAN_ACTIVE");
        assertThat(plan.get("measures")).hasSize(18);
        assertThat(plan.get("measures").findValuesAsText("area")).containsOnly("BCP", "CAMP", "AID", "TP");
        assertThat(plan.get("measures")).allSatisfy(m -> assertThat(m.get("dueAt").isNull()).isFalse());
        HttpResponse<String> twice = Api.post("supervisor", "influx-events/" + id + "/activation", "");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("detail").asText()).contains("already active");

        // national tasks reach site-bound staff: police at Margara see the police measures
        assertThat(taskNames("police", id)).contains("task.massInfluxResponse.bcpPolice", "task.massInfluxResponse.tpEnquiries",
                "task.massInfluxResponse.tpDocuments").doesNotContain("task.massInfluxResponse.campLand");
        assertThat(taskNames("camp-manager", id)).contains("task.massInfluxResponse.campLand");

        String number = "N " + UUID.randomUUID().toString().substring(0, 8);
        String decree = "{\"influxEventId\":\"" + id + "\",\"number\":\"" + number + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(1) + "\",\"citizenships\":[\"SYR\",\"IRQ\"],\"coversStateless\":true,"
                + "\"arrivedFrom\":\"" + LocalDate.now().minusDays(30) + "\"}";
        assertThat(Api.post("caseworker", "decrees", decree).statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = Api.post("supervisor", "decrees", "{\"number\":\" \",\"adoptedOn\":\"" + LocalDate.now()
                + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(3) + "\",\"arrivedFrom\":\"" + LocalDate.now() + "\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("errors").findValuesAsText("field")).contains("number", "inForceAfterAdoption", "someoneCovered");
        HttpResponse<String> unknownCountry = Api.post("supervisor", "decrees", decree.replace("IRQ", "XXX"));
        assertThat(unknownCountry.statusCode()).isEqualTo(400);
        HttpResponse<String> recorded = Api.post("supervisor", "decrees", decree);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).get("citizenships").toString()).contains("SYR", "IRQ");
        assertThat(Api.post("supervisor", "decrees", decree).statusCode()).as("the same number").isEqualTo(409);
        JsonNode measures = json(Api.get("supervisor", "influx-events/" + id + "/action-plan")).get("measures");
        JsonNode decreeMeasure = StreamSupport.stream(measures.spliterator(), false)
                .filter(m -> m.get("key").asText().equals("tpDecree")).findFirst().orElseThrow();
        assertThat(decreeMeasure.get("doneBy").asText()).isEqualTo("supervisor");
        assertThat(json(Api.get("supervisor", "influx-events/" + id + "/action-plan")).get("done").asLong()).isEqualTo(1);
        assertThat(json(Api.get("police", "decrees?inForce=true")).findValuesAsText("number")).contains(number);
        assertThat(Api.get("registrar", "decrees").statusCode()).isEqualTo(403);
    }
}
