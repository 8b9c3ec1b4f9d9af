package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk allocation through the API (issue 15, item 3) with real tokens and real arrival processes: 30 screened
 * households each allocated to Refuge's proposal in one call, filling two camps bed for bed with no bed given twice;
 * a chosen camp too small for its batch allocates what fits and refuses the rest as full, in the caller's language;
 * a retry with the same key answers the same, a second request answers "already allocated"; roles and camps outside
 * the caller's scope are refused before any household is touched.
 */
@ExtendWith(ArquillianExtension.class)
class BulkAllocationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** Screened households of {@code adults} women each, prepared four at a time, in the order asked. */
    private static List<String> screened(int count, int adults) throws Exception {
        ExecutorService preparing = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> prepared = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                prepared.add(preparing.submit(() -> Api.screenedHousehold(adults, 0, false)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> household : prepared) {
                numbers.add(household.get());
            }
            return numbers;
        } finally {
            preparing.shutdown();
        }
    }

    private static String numbers(List<String> numbers) {
        return numbers.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static List<JsonNode> items(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(json(answer).get("items").spliterator(), false).toList();
    }

    private static int beds(JsonNode item) {
        return StreamSupport.stream(item.get("tents").spliterator(), false).mapToInt(t -> t.get("beds").asInt()).sum();
    }

    private static boolean waiting(String number) {
        return json(Api.get("supervisor", "allocations?household=" + number)).get("items").size() == 1;
    }

    /** Persons holding beds in each tent of the camp, by tent number, counted from the residents. */
    private static Map<Integer, Integer> personsByTent(String camp) {
        Map<Integer, Integer> persons = new HashMap<>();
        for (JsonNode household : json(Api.get("supervisor", "camps/" + camp + "/residents?size=500")).get("items")) {
            household.get("persons").forEach(p -> persons.merge(p.get("tentNumber").asInt(), 1, Integer::sum));
        }
        return persons;
    }

    @Test
    void thirtyScreenedHouseholds_areAllocatedToRefugesProposals_inOneCall_withNoBedGivenTwice() throws Exception {
        // two camps of 5 tents x 4 beds: 40 beds for 10 households of two and 20 of one, filled bed for bed only if
        // each proposal counts the beds the households before it were given
        String first = Api.newCamp(5, 4);
        String second = Api.newCamp(5, 4);
        List<String> households = new ArrayList<>(screened(10, 2));
        households.addAll(screened(20, 1));
        String body = "{\"registryNumbers\":" + numbers(households) + ",\"camps\":[\"" + first + "\",\"" + second + "\"]}";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> answer = Api.post("supervisor", "allocations/bulk", body, key);
        List<JsonNode> items = items(answer);
        assertThat(json(answer).get("total").asInt()).isEqualTo(30);
        assertThat(json(answer).get("allocated").asInt()).isEqualTo(30);
        assertThat(json(answer).get("refused").asInt()).isZero();
        assertThat(items.stream().map(i -> i.get("registryNumber").asText())).as("in the order asked").containsExactlyElementsOf(households);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("result").asText()).as(item.toString()).isEqualTo("ALLOCATED");
            assertThat(item.get("campCode").asText()).isIn(first, second);
            assertThat(beds(item)).as("a bed for each member").isEqualTo(i < 10 ? 2 : 1);
        }
        Map<String, Integer> givenPerTent = new HashMap<>();
        items.forEach(item -> item.get("tents").forEach(t -> givenPerTent.merge(t.get("tentId").asText(), t.get("beds").asInt(), Integer::sum)));
        assertThat(givenPerTent.values()).as("no tent given more beds than it has").allSatisfy(b -> assertThat(b).isLessThanOrEqualTo(4));
        for (String camp : List.of(first, second)) {
            JsonNode view = json(Api.get("supervisor", "camps/" + camp));
            assertThat(view.get("figures").get("occupied").asInt()).as("occupancy equals capacity").isEqualTo(20);
            assertThat(view.get("figures").get("beds").asInt()).isEqualTo(20);
            assertThat(view.get("structures")).allSatisfy(t -> assertThat(t.get("occupied").asInt()).isLessThanOrEqualTo(t.get("beds").asInt()));
            Map<Integer, Integer> persons = personsByTent(camp);
            assertThat(persons.values()).as("persons per tent").allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(4));
            assertThat(persons.values().stream().mapToInt(Integer::intValue).sum()).as("persons holding beds").isEqualTo(20);
        }
        assertThat(households).as("their allocation tasks are done: none waits in the queue").noneMatch(BulkAllocationApiIT::waiting);
        JsonNode transfers = json(Api.get("supervisor", "camps/" + first + "/transfers?size=500")).get("items");
        assertThat(transfers.findValuesAsText("registryNumber")).as("the arrival process moved on to the transfer")
                .containsExactlyInAnyOrderElementsOf(items.stream().filter(i -> i.get("campCode").asText().equals(first))
                        .map(i -> i.get("registryNumber").asText()).toList());

        HttpResponse<String> retry = Api.post("supervisor", "allocations/bulk", body, key);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry)).as("a retry with the same key answers the same").isEqualTo(json(answer));
        assertThat(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":" + numbers(households.subList(0, 3)) + "}", key)
                .statusCode()).as("the same key with another body").isEqualTo(422);

        List<JsonNode> again = items(Api.post("supervisor", "allocations/bulk", body, UUID.randomUUID().toString()));
        assertThat(again).allSatisfy(item -> assertThat(item.get("result").asText()).isEqualTo("ALREADY_ALLOCATED"));
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).get("campCode").asText()).as("where it is").isEqualTo(items.get(i).get("campCode").asText());
            assertThat(beds(again.get(i))).isEqualTo(beds(items.get(i)));
        }
        assertThat(json(Api.get("supervisor", "camps/" + first)).get("figures").get("occupied").asInt()).as("nothing more").isEqualTo(20);
    }

    @Test
    void aChosenCampTooSmallForTheBatch_refusesTheOverflowAsFull_andAllocatesTheRest() throws Exception {
        String small = Api.newCamp(2, 2);
        List<String> households = screened(6, 1);
        String body = "{\"registryNumbers\":" + numbers(households) + ",\"campCode\":\"" + small + "\"}";

        HttpResponse<String> answer = Api.post("supervisor", "allocations/bulk", body, UUID.randomUUID().toString());
        List<JsonNode> items = items(answer);
        assertThat(json(answer).get("allocated").asInt()).isEqualTo(4);
        assertThat(json(answer).get("refused").asInt()).isEqualTo(2);
        assertThat(items.subList(0, 4)).allSatisfy(i -> {
            assertThat(i.get("result").asText()).isEqualTo("ALLOCATED");
            assertThat(i.get("campCode").asText()).isEqualTo(small);
        });
        assertThat(items.subList(4, 6)).allSatisfy(i -> {
            assertThat(i.get("result").asText()).isEqualTo("REFUSED");
            assertThat(i.get("rule").asText()).isEqualTo("campFull");
            assertThat(i.get("message").asText()).isEqualTo("This camp has fewer free beds than the household has persons. Choose another camp.");
        });
        assertThat(json(Api.get("supervisor", "camps/" + small)).get("figures").get("occupied").asInt()).isEqualTo(4);
        assertThat(waiting(households.get(4))).as("a refused household still waits").isTrue();
        assertThat(waiting(households.get(5))).isTrue();
        assertThat(waiting(households.get(0))).isFalse();

        // asked again in Russian: the allocated ones are already allocated, the others refused in the caller's language
        HttpResponse<String> russian = Api.send(Api.request("supervisor", "allocations/bulk").setHeader("Accept-Language", "ru")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        List<JsonNode> again = items(russian);
        assertThat(again.subList(0, 4)).allSatisfy(i -> assertThat(i.get("result").asText()).isEqualTo("ALREADY_ALLOCATED"));
        assertThat(again.get(5).get("message").asText()).isEqualTo("В этом лагере свободных мест меньше, чем членов домохозяйства. Выберите другой лагерь.");
    }

    @Test
    void onlyCampManagersAndSupervisors_allocateInBulk_andACampManagerOnlyToTheirOwnCamps() throws Exception {
        Api.openCamp("camp-manager", "CAMP-ARARAT-1");
        String others = Api.newCamp(2, 4);
        List<String> households = screened(2, 1);
        String toOthers = "{\"registryNumbers\":" + numbers(households) + ",\"campCode\":\"" + others + "\"}";
        for (String denied : new String[] {"registrar", "caseworker", "police", "medical", "social-worker", "auditor"}) {
            assertThat(Api.post(denied, "allocations/bulk", toOthers).statusCode()).as(denied).isEqualTo(403);
        }
        assertThat(Api.post("camp-manager", "allocations/bulk", toOthers).statusCode()).as("a camp of another site").isEqualTo(403);
        assertThat(Api.post("camp-manager", "allocations/bulk", "{\"registryNumbers\":" + numbers(households) + ",\"camps\":[\"" + others
                + "\"]}").statusCode()).as("proposals among another site's camps").isEqualTo(403);
        assertThat(waiting(households.get(0))).as("nothing done").isTrue();
        assertThat(json(Api.get("supervisor", "camps/" + others)).get("figures").get("occupied").asInt()).isZero();

        // Refuge's proposals for a camp manager: their own camps only
        List<JsonNode> items = items(Api.post("camp-manager", "allocations/bulk", "{\"registryNumbers\":" + numbers(households)
                + ",\"camps\":[]}"));
        assertThat(items).allSatisfy(i -> {
            assertThat(i.get("result").asText()).as(i.toString()).isEqualTo("ALLOCATED");
            assertThat(i.get("campCode").asText()).isEqualTo("CAMP-ARARAT-1");
        });

        // a family placed in another site's camp: the camp manager learns that it has beds, never where
        String elsewhere = screened(1, 1).get(0);
        assertThat(items(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[\"" + elsewhere + "\"],\"campCode\":\""
                + others + "\"}")).get(0).get("result").asText()).isEqualTo("ALLOCATED");
        JsonNode asked = items(Api.post("camp-manager", "allocations/bulk", "{\"registryNumbers\":[\"" + elsewhere + "\"],\"camps\":[]}"))
                .get(0);
        assertThat(asked.get("result").asText()).isEqualTo("ALREADY_ALLOCATED");
        assertThat(asked.has("campCode")).as("another site's camp is not named").isFalse();
        assertThat(asked.path("tents")).as("nor its tents").isEmpty();
    }

    @Test
    void aBulkAllocation_refusesWhatIsNotOne_inTheCallersLanguage_andAnswersUnknownHouseholdsOneByOne() {
        String camp = Api.newCamp(1, 2);
        HttpResponse<String> empty = Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[],\"campCode\":\"" + camp + "\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("between 1 and 500");
        List<String> many = new ArrayList<>(Collections.nCopies(501, "BCP-NOWHERE-19990101-00001"));
        assertThat(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":" + numbers(many) + "}").statusCode()).isEqualTo(400);
        HttpResponse<String> notANumber = Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[\"BCP-NOWHERE-19990101-00001\",\"x\"]}");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("registryNumbers[1]");
        assertThat(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[\"BCP-NOWHERE-19990101-00001\"],\"campCode\":\""
                + camp + "\",\"camps\":[\"" + camp + "\"]}").statusCode()).as("a camp and camps").isEqualTo(400);
        assertThat(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[\"BCP-NOWHERE-19990101-00001\"],\"campCode\":\"CAMP-NOWHERE\"}")
                .statusCode()).isEqualTo(404);
        assertThat(Api.post("supervisor", "allocations/bulk", "{\"registryNumbers\":[\"BCP-NOWHERE-19990101-00001\"]}", "not a key!")
                .statusCode()).isEqualTo(400);

        List<JsonNode> items = items(Api.post("supervisor", "allocations/bulk",
                "{\"registryNumbers\":[\"BCP-NOWHERE-19990101-00001\",\"BCP-NOWHERE-19990101-00001\"],\"campCode\":\"" + camp + "\"}"));
        assertThat(items).as("a household asked twice is answered once").hasSize(1);
        assertThat(items.get(0).get("result").asText()).isEqualTo("REFUSED");
        assertThat(items.get(0).get("rule").asText()).isEqualTo("notFound");
        assertThat(items.get(0).get("message").asText()).isNotBlank();
    }
}
