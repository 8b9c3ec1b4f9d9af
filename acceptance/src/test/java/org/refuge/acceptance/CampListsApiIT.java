package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists never lie (issue 10, item 12) in the camps: the allocation queue, a camp's residents, the households waiting
 * for transport and the manifests are read a page of two at a time; every page says the same exact total, no row is
 * on two pages, the pages together hold every row, in the documented order.
 */
@ExtendWith(ArquillianExtension.class)
class CampListsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static List<String> allocated(String camp, int households) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            String number = Api.screenedHousehold(2, 0, false);
            HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
            assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
            numbers.add(number);
        }
        return numbers;
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_allocationQueuePagesWithTotal() {
        // three without priority screened first, then two to be isolated: the isolated come first all the same
        List<String> normal = List.of(Api.screenedHousehold(1, 0, false), Api.screenedHousehold(1, 0, false),
                Api.screenedHousehold(1, 0, false));
        List<String> isolated = List.of(Api.screenedHousehold(1, 0, true), Api.screenedHousehold(1, 0, true));
        String voided = Api.screenedHousehold(1, 0, false);
        long before = json(Api.get("camp-manager", "allocations?size=1")).get("total").asLong();
        assertThat(Api.post("registrar", "households/" + voided + "/void", "{\"reason\":\"registered in error\"}").statusCode()).isEqualTo(200);
        assertThat(json(Api.get("camp-manager", "allocations?size=1")).get("total").asLong()).as("a voided household is not counted")
                .isEqualTo(before - 1);

        List<JsonNode> queue = Paging.pagesOfTwo("camp-manager", "allocations", w -> w.get("registryNumber").asText());
        List<String> numbers = queue.stream().map(w -> w.get("registryNumber").asText()).toList();
        assertThat(numbers).containsAll(normal).containsAll(isolated).doesNotContain(voided);
        int lastPriority = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).get("priority").asBoolean()) {
                lastPriority = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertThat(lastPriority).as("households with priority before every other").isLessThan(firstOther);
        assertThat(numbers.indexOf(isolated.get(1))).as("isolated, screened last, before those screened first")
                .isLessThan(numbers.indexOf(normal.get(0)));
        for (int i = 1; i < queue.size(); i++) {
            if (queue.get(i).get("priority").asBoolean() == queue.get(i - 1).get("priority").asBoolean()) {
                assertThat(java.time.Instant.parse(queue.get(i).get("screenedAt").asText()))
                        .as("then in the order screened").isAfterOrEqualTo(java.time.Instant.parse(queue.get(i - 1).get("screenedAt").asText()));
            }
        }
        assertThat(numbers.indexOf(normal.get(0))).isLessThan(numbers.indexOf(normal.get(1)));
        assertThat(numbers.indexOf(normal.get(1))).isLessThan(numbers.indexOf(normal.get(2)));
        assertThat(numbers.indexOf(isolated.get(0))).isLessThan(numbers.indexOf(isolated.get(1)));

        // found by the head's name when no registry number holds what was typed, paged and counted the same way
        String name = queue.get(numbers.indexOf(normal.get(1))).get("headName").asText();
        JsonNode byName = json(Api.get("camp-manager", "allocations?size=2&household="
                + java.net.URLEncoder.encode(name.toLowerCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(byName.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Api.allItems("camp-manager", "allocations?household=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .extracting(w -> w.get("registryNumber").asText()).contains(normal.get(1));
    }

    @Test
    void aMemberRegisteredWithAPriorityNeed_whileTheHouseholdWaits_movesItAmongThePriorityHouseholds() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 2, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1980-03-02\","
                + "\"birthPrecision\":\"EXACT\"}").statusCode()).isEqualTo(201);
        Api.medical(number, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(number);
        String later = Api.screenedHousehold(1, 0, false);
        List<String> before = Paging.pagesOfTwo("camp-manager", "allocations", w -> w.get("registryNumber").asText()).stream()
                .map(w -> w.get("registryNumber").asText()).toList();
        assertThat(before.indexOf(number)).as("screened first, no priority: before those screened later").isLessThan(before.indexOf(later));

        Names sister = Names.random();
        assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"SIBLING\",\"givenName\":\""
                + sister.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1984-05-06\","
                + "\"birthPrecision\":\"EXACT\",\"needs\":[\"DS-PM\"]}").statusCode()).isEqualTo(201);
        // screening is per member: the household waits for a bed again once the sister is screened too
        Api.screen(number);
        List<JsonNode> queue = Paging.pagesOfTwo("camp-manager", "allocations", w -> w.get("registryNumber").asText());
        int at = queue.stream().map(w -> w.get("registryNumber").asText()).toList().indexOf(number);
        assertThat(queue.get(at).get("priority").asBoolean()).isTrue();
        assertThat(queue.subList(0, at)).as("ranked again: among the priority households")
                .allSatisfy(w -> assertThat(w.get("priority").asBoolean()).isTrue());
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_residentsPageByHouseholdWithTotal() {
        String camp = Api.newCamp(10, 4);
        List<String> numbers = allocated(camp, 5);
        List<JsonNode> residents = Paging.pagesOfTwo("supervisor", "camps/" + camp + "/residents", h -> h.get("registryNumber").asText());
        assertThat(residents).hasSize(5);
        assertThat(residents.stream().map(h -> h.get("registryNumber").asText()).toList()).as("by registry number")
                .containsExactlyElementsOf(numbers.stream().sorted().toList());
        assertThat(residents).as("a household's persons together on its page").allSatisfy(h -> assertThat(h.get("persons")).hasSize(2));
        JsonNode one = json(Api.get("supervisor", "camps/" + camp + "/residents?household=" + numbers.get(3) + "&size=2"));
        assertThat(one.get("total").asLong()).as("the household filter kept").isEqualTo(1);
        String tent = one.get("items").get(0).get("persons").get(0).get("tentId").asText();
        JsonNode inTent = json(Api.get("supervisor", "camps/" + camp + "/residents?tent=" + tent));
        assertThat(inTent.findValuesAsText("registryNumber")).as("the tent filter kept").contains(numbers.get(3));
        assertThat(Api.get("supervisor", "camps/" + camp + "/residents?size=501").statusCode()).isEqualTo(400);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_transfersAndManifestsPageWithTotal() {
        String camp = Api.newCamp(10, 4);
        List<String> numbers = allocated(camp, 5);
        List<JsonNode> waiting = Paging.pagesOfTwo("supervisor", "camps/" + camp + "/transfers", h -> h.get("registryNumber").asText());
        assertThat(waiting.stream().map(h -> h.get("registryNumber").asText()).toList()).as("by allocation time")
                .containsExactlyElementsOf(numbers);

        for (String number : numbers) {
            HttpResponse<String> manifest = Api.post("supervisor", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus\",\"driver\":\"A. Petrosyan\","
                    + "\"departure\":\"" + LocalDateTime.now().plusHours(numbers.indexOf(number) + 1).withNano(0) + "\",\"households\":[\"" + number + "\"]}");
            assertThat(manifest.statusCode()).as(manifest.body()).isEqualTo(201);
        }
        assertThat(json(Api.get("supervisor", "camps/" + camp + "/transfers?size=2")).get("total").asLong()).isZero();
        List<String> reversed = new ArrayList<>(numbers);
        java.util.Collections.reverse(reversed);
        List<JsonNode> manifests = Paging.pagesOfTwo("supervisor", "camps/" + camp + "/manifests", m -> m.get("id").asText());
        assertThat(manifests.stream().map(m -> m.get("households").get(0).get("registryNumber").asText()).toList())
                .as("latest departure first").containsExactlyElementsOf(reversed);
    }
}
