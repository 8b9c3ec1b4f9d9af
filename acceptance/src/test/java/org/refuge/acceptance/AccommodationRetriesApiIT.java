package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Retries are safe (issue 10, item 9) for accommodation: the same allocation, check-in, no-show, check-out or move
 * sent six times at once with real tokens takes effect once (beds occupied once, one stay per person, one check-out);
 * every other answer is the same 2xx result or a clear 409, never a 500. Allocation, check-in, no-show and check-out
 * are guarded by the state they change (a second one finds nothing left to do: 409); an allocation and a move also
 * take an Idempotency-Key, whose retries all answer the first one's result (a move changes nothing a second move
 * would find done, so only its key makes it once).
 */
@ExtendWith(ArquillianExtension.class)
class AccommodationRetriesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }
    /** Exactly one answer {@code done}; the others {@code done} too or a 409 that names the rule. */
    private static int occupied(String camp) {
        return json(Api.get("supervisor", "camps/" + camp)).get("figures").get("occupied").asInt();
    }

    private static List<JsonNode> persons(String camp, String number) {
        JsonNode households = json(Api.get("supervisor", "camps/" + camp + "/residents?household=" + number)).get("items");
        return households.isEmpty() ? List.of() : StreamSupport.stream(households.get(0).get("persons").spliterator(), false).toList();
    }

    private static String allocation(String number, String camp) {
        return "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}";
    }

    /** A household of {@code persons} allocated to {@code camp}, on a manifest that arrived: ready to check in. */
    private static String arrived(String camp, int persons) {
        String number = Api.screenedHousehold(persons, 0, false);
        assertThat(Api.post("supervisor", "allocations", allocation(number, camp)).statusCode()).isEqualTo(201);
        String manifest = json(Api.post("supervisor", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus\",\"driver\":\"R. Petrosyan\","
                + "\"departure\":\"" + LocalDateTime.now().withNano(0) + "\",\"households\":[\"" + number + "\"]}")).get("id").asText();
        assertThat(Api.post("supervisor", "manifests/" + manifest + "/departure", "{\"boarded\":[\"" + number + "\"]}").statusCode()).isEqualTo(200);
        assertThat(Api.post("supervisor", "manifests/" + manifest + "/arrival", "").statusCode()).isEqualTo(200);
        return number;
    }

    @Test
    void attack_allocatingTwice_byARetryWithItsKey_givesBedsTwice() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = Api.screenedHousehold(3, 0, false);
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("supervisor", "allocations", allocation(number, camp), key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> json(a).get("tents").toString()).distinct()).as("one answer, the first one's").hasSize(1);
        assertThat(occupied(camp)).as("three beds, once").isEqualTo(3);
        assertThat(persons(camp, number)).hasSize(3);

        String other = Api.screenedHousehold(1, 0, false);
        HttpResponse<String> reused = Api.post("supervisor", "allocations", allocation(other, camp), key);
        assertThat(reused.statusCode()).as("a key reused for another allocation").isEqualTo(409);
        assertThat(Api.post("supervisor", "allocations", allocation(other, camp), "not a key!").statusCode()).isEqualTo(400);
    }

    @Test
    void attack_allocatingTwice_byARetryWithoutKey_givesBedsTwice() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = Api.screenedHousehold(2, 0, false);
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("supervisor", "allocations", allocation(number, camp)));
        Retries.onceAndClearOtherwise(answers, 201);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).as("one allocation").hasSize(1);
        assertThat(occupied(camp)).isEqualTo(2);
        assertThat(persons(camp, number)).hasSize(2);
    }

    @Test
    void attack_checkingInTwice_byARetry_givesTwoStays() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = arrived(camp, 2);
        String stay = persons(camp, number).get(0).get("stayId").asText();
        Retries.onceAndClearOtherwise(Retries.sixAtOnce(() -> Api.post("supervisor", "stays/" + stay + "/check-in", "")), 204);
        List<JsonNode> persons = persons(camp, number);
        assertThat(persons).as("one stay per person").hasSize(2);
        assertThat(persons.stream().filter(p -> p.get("status").asText().equals("CHECKED_IN"))).hasSize(1);
        assertThat(occupied(camp)).as("beds occupied once").isEqualTo(2);
    }

    @Test
    void attack_declaringANoShowTwice_byARetry_releasesTwoBeds() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = arrived(camp, 2);
        String stay = persons(camp, number).get(1).get("stayId").asText();
        Retries.onceAndClearOtherwise(Retries.sixAtOnce(() -> Api.post("supervisor", "stays/" + stay + "/no-show", "{\"note\":\"not on the bus\"}")), 204);
        assertThat(occupied(camp)).as("one bed released, once").isEqualTo(1);
        assertThat(persons(camp, number)).hasSize(1);
    }

    @Test
    void attack_checkingOutTwice_byARetry_releasesBedsTwice() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = arrived(camp, 2);
        String stay = persons(camp, number).get(0).get("stayId").asText();
        persons(camp, number).forEach(p -> assertThat(Api.post("supervisor", "stays/" + p.get("stayId").asText() + "/check-in", "")
                .statusCode()).isEqualTo(204));
        // a second household keeps beds in the camp: a double release would show in the count
        String neighbours = arrived(camp, 3);
        assertThat(occupied(camp)).isEqualTo(5);
        Retries.onceAndClearOtherwise(Retries.sixAtOnce(() -> Api.post("supervisor", "camps/" + camp + "/households/" + number + "/check-out",
                "{\"stays\":[\"" + stay + "\"],\"reason\":\"ONWARD_MOVEMENT\",\"day\":\"" + LocalDate.now() + "\"}")), 204);
        assertThat(occupied(camp)).as("one bed released, once").isEqualTo(4);
        assertThat(persons(camp, number)).hasSize(1);
        assertThat(persons(camp, neighbours)).hasSize(3);
        JsonNode history = json(Api.get("supervisor", "stays?household=" + number));
        assertThat(StreamSupport.stream(history.spliterator(), false).filter(s -> s.get("status").asText().equals("CHECKED_OUT")))
                .as("one check-out").hasSize(1);
    }

    @Test
    void attack_movingTwice_byARetry_movesTheHouseholdTwice() throws Exception {
        String camp = Api.newCamp(6, 4);
        String number = arrived(camp, 2);
        persons(camp, number).forEach(p -> assertThat(Api.post("supervisor", "stays/" + p.get("stayId").asText() + "/check-in", "")
                .statusCode()).isEqualTo(204));
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = Retries.sixAtOnce(() -> Api.post("supervisor", "camps/" + camp + "/households/" + number + "/move",
                "{\"toCamp\":\"" + camp + "\",\"note\":\"tent damaged\"}", key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).as("one answer: the tents moved to").hasSize(1);
        assertThat(occupied(camp)).as("beds occupied once").isEqualTo(2);
        List<JsonNode> persons = persons(camp, number);
        assertThat(persons).as("one stay per person").hasSize(2);
        assertThat(json(answers.get(0)).findValuesAsText("tentId")).as("where they are now")
                .containsAll(persons.stream().map(p -> p.get("tentId").asText()).distinct().toList());
        JsonNode history = json(Api.get("supervisor", "stays?household=" + number));
        assertThat(StreamSupport.stream(history.spliterator(), false).filter(s -> s.get("status").asText().equals("MOVED")))
                .as("each person moved once").hasSize(2);

        // a key reused for another household's move is refused; a new key is a new move
        assertThat(Api.post("supervisor", "camps/" + camp + "/households/" + arrived(camp, 1) + "/move",
                "{\"toCamp\":\"" + camp + "\"}", key).statusCode()).isEqualTo(409);
        assertThat(Api.post("supervisor", "camps/" + camp + "/households/" + number + "/move", "{\"toCamp\":\"" + camp + "\"}",
                UUID.randomUUID().toString()).statusCode()).isEqualTo(200);
        assertThat(StreamSupport.stream(json(Api.get("supervisor", "stays?household=" + number)).spliterator(), false)
                .filter(s -> s.get("status").asText().equals("MOVED"))).hasSize(4);
    }
}
