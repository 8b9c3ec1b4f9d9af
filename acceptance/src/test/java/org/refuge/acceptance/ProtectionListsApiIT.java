package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists never lie in temporary protection (issue 10, item 12): the police document queue, the supervisors' three
 * deadline lists, the open exceptions, the renewals due and the decrees used to be cut at 200 to 1,000 rows without
 * saying so. Each test makes more rows than one small page holds, reads the list two rows at a time and checks every
 * page against the whole list: the same exact total on every page, no row on two pages, together every row, in the
 * list's order.
 */
@ExtendWith(ArquillianExtension.class)
class ProtectionListsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }
    private static Instant at(JsonNode row, String field) {
        return Instant.parse(row.get(field).asText());
    }

    private static String member(String relationship, String birth, String citizenship) {
        Names n = Names.random();
        return "{\"relationship\":\"" + relationship + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"" + citizenship + "\"]}";
    }

    /** A household of the demo BCP, security-checked clear, registered {@code hoursAgo} hours ago; its registry number. */
    private static String household(int members, String citizenship, int hoursAgo) {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), members, 0, 0, 0);
        for (int i = 0; i < members; i++) {
            HttpResponse<String> added = Api.post("registrar", "households/" + number + "/members",
                    member(i == 0 ? "HEAD" : "SIBLING", (1975 + i) + "-02-0" + (i + 1), citizenship));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        Api.clearSecurity(number);
        if (hoursAgo > 0) {
            TestDatabase.registeredHoursAgo(number, hoursAgo);
        }
        return number;
    }

    private static void grant(String number, String decree) {
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }

    private static String decree() {
        return Api.decree("TP-LIST " + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Function<JsonNode, String> person() {
        return row -> row.get("personId").asText();
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_documentQueuePagesWithTotal() {
        String number = household(3, "SYR", 0);
        grant(number, decree());

        List<JsonNode> queue = Paging.pagesOfTwo("police", "documents/queue", person());
        assertThat(queue).filteredOn(w -> w.get("registryNumber").asText().equals(number)).hasSize(3);
        assertThat(queue).as("most urgent first").isSortedAccordingTo(Comparator.<JsonNode, Instant>comparing(w -> at(w, "deadline"))
                .thenComparing(w -> w.get("registryNumber").asText()));
        assertThat(Api.get("police", "documents/queue?size=501").statusCode()).isEqualTo(400);
        assertThat(Api.get("police", "documents/queue?page=-1").statusCode()).isEqualTo(400);
        assertThat(json(Api.get("police2", "documents/queue?size=500")).get("items").findValuesAsText("registryNumber"))
                .as("police of another BCP").doesNotContain(number);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_overdueAndAtRiskPageWithTotal() {
        String decree = decree();
        String overdue = household(3, "SYR", 80);
        String atRisk = household(3, "SYR", 60);
        grant(overdue, decree);
        grant(atRisk, decree);

        List<JsonNode> late = Paging.pagesOfTwo("supervisor", "documents/deadlines/overdue", person());
        assertThat(late).filteredOn(w -> w.get("registryNumber").asText().equals(overdue)).hasSize(3);
        assertThat(late).noneMatch(w -> w.get("registryNumber").asText().equals(atRisk));
        assertThat(late).as("most overdue first").isSortedAccordingTo(Comparator.comparing(w -> at(w, "deadline")));
        List<JsonNode> soon = Paging.pagesOfTwo("supervisor", "documents/deadlines/at-risk", person());
        assertThat(soon).filteredOn(w -> w.get("registryNumber").asText().equals(atRisk)).hasSize(3);
        assertThat(soon).noneMatch(w -> w.get("registryNumber").asText().equals(overdue));
        assertThat(soon).as("closest deadline first").isSortedAccordingTo(Comparator.comparing(w -> at(w, "deadline")));

        JsonNode totals = json(Api.get("supervisor", "documents/deadlines"));
        assertThat(totals.get("overdue").asLong()).isEqualTo(late.size());
        assertThat(totals.get("atRisk").asLong()).isEqualTo(soon.size());
        assertThat(Api.get("police", "documents/deadlines/overdue").statusCode()).isEqualTo(403);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_recordedBreachesPageWithTotal() throws Exception {
        String decree = decree();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = household(1, "SYR", 80);
            grant(number, decree);
            numbers.add(number);
        }
        // the server's breach timers are past: they fire within seconds
        for (int i = 0; i < 60 && !Api.allItems("supervisor", "documents/deadlines/breaches").stream()
                .map(b -> b.get("registryNumber").asText()).toList().containsAll(numbers); i++) {
            Thread.sleep(1000);
        }
        List<JsonNode> breaches = Paging.pagesOfTwo("supervisor", "documents/deadlines/breaches", b -> b.get("registryNumber").asText());
        assertThat(breaches.stream().map(b -> b.get("registryNumber").asText()).toList()).containsAll(numbers);
        assertThat(breaches).as("latest first").isSortedAccordingTo(Comparator.<JsonNode, Instant>comparing(b -> at(b, "recordedAt")).reversed());
        assertThat(json(Api.get("supervisor", "documents/deadlines")).get("breachesTotal").asLong()).isEqualTo(breaches.size());
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_openExceptionsPageWithTotal() {
        String decree = decree();
        String number = household(3, "IRQ", 0);
        JsonNode members = json(Api.get("caseworker", "protection/households/" + number + "?decree=" + decree)).get("members");
        for (JsonNode member : members) {
            HttpResponse<String> proposed = Api.post("caseworker", "protection/exceptions", "{\"personId\":\"" + member.get("personId").asText()
                    + "\",\"decreeId\":\"" + decree + "\",\"justification\":\"Family unity with a protected relative\"}");
            assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        }

        List<JsonNode> open = Paging.pagesOfTwo("supervisor", "protection/exceptions", e -> e.get("id").asText());
        assertThat(open).filteredOn(e -> e.get("registryNumber").asText().equals(number)).hasSize(3);
        assertThat(open).as("oldest first").isSortedAccordingTo(Comparator.comparing(e -> at(e, "proposedAt")));
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_renewalsDuePageWithTotal() throws Exception {
        String decree = decree();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Names head = Names.random();
            String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 2, 0, 0, 0);
            Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "F", "1984-05-0" + (i + 1));
            Api.member(number, "SIBLING", Names.random().givenLatin(), head.familyLatin(), "F", "1987-06-0" + (i + 1));
            Api.clearSecurity(number);
            grant(number, decree);
            List<JsonNode> documents = StreamSupport.stream(json(Api.post("police", "documents/households/" + number, "")).spliterator(), false)
                    .toList();
            for (JsonNode document : documents) {
                assertThat(Api.printAndHandOver(document.get("id").asText(), "in person").statusCode()).isEqualTo(204);
            }
            // the second member's protection ends in ten days; extending the first moves the renewal into the past
            TestDatabase.protectionEndsInDays(documents.get(1).get("personId").asText(), 10);
            assertThat(Api.post("caseworker", "protection/persons/" + documents.get(0).get("personId").asText() + "/extension", "")
                    .statusCode()).isEqualTo(204);
            numbers.add(number);
        }
        for (int i = 0; i < 60 && !Api.allItems("caseworker", "protection/renewals").stream().map(JsonNode::asText).toList()
                .containsAll(numbers); i++) {
            Thread.sleep(1000);
        }
        List<JsonNode> due = Paging.pagesOfTwo("caseworker", "protection/renewals", JsonNode::asText);
        assertThat(due.stream().map(JsonNode::asText).toList()).containsAll(numbers);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_decreesPageWithTotal() {
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.add(decree());
        }
        for (String path : List.of("decrees", "decrees?inForce=true")) {
            List<JsonNode> decrees = Paging.pagesOfTwo("police", path, d -> d.get("id").asText());
            assertThat(decrees.stream().map(d -> d.get("id").asText()).toList()).containsAll(recorded);
            assertThat(decrees).as("latest first").isSortedAccordingTo(Comparator.<JsonNode, LocalDate>comparing(
                    d -> LocalDate.parse(d.get("adoptedOn").asText())).reversed());
        }
    }
}
