package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists never lie (issue 10, item 12) for the inbox, registration, emergency and audit lists: each list that can grow
 * answers a page with the whole list's total. Each test makes more rows than one small page (size=2), reads the pages
 * one by one and checks that every page tells the same total, that no row is on two pages, that the pages together
 * hold the whole list in its order, and that the order is the list's own (oldest or newest first).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformListsApiIT {

    private static final int SMALL = 2;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }
    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return response;
    }

    private static List<Instant> instants(List<JsonNode> rows, String field) {
        return rows.stream().map(row -> Instant.parse(row.get(field).asText())).toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_inboxPagesWithTotal() {
        // an activated action plan gives its measures (national tasks) to each group: several tasks under one reference
        String event = json(ok201(Api.post("supervisor", "influx-events", "{\"name\":\"Paged inbox " + UUID.randomUUID()
                + "\",\"threshold\":1}"))).get("id").asText();
        Api.preRegister("registrar", "Ani Petrosyan", 1, 0, 1, 0);
        ok(Api.post("supervisor", "influx-events/" + event + "/activation", ""));

        // an all-sites role, a site-bound role (national tasks reach it everywhere), and a user with both in one query
        for (String user : new String[] {"supervisor", "police", "caseworker-police"}) {
            List<JsonNode> tasks = Paging.pagesOfTwo(user, "tasks?reference=" + event, answer -> answer, task -> task.get("id").asText());
            assertThat(instants(tasks, "createdAt")).as("oldest first for " + user).isSorted();
            assertThat(tasks).allSatisfy(task -> assertThat(task.get("businessKey").asText()).isEqualTo(event));
        }
        List<String> both = new ArrayList<>();
        json(Api.get("caseworker-police", "tasks?reference=" + event + "&size=500")).get("items")
                .forEach(task -> both.add(task.get("nameKey").asText()));
        List<String> policeOnly = new ArrayList<>();
        json(Api.get("police", "tasks?reference=" + event + "&size=500")).get("items")
                .forEach(task -> policeOnly.add(task.get("nameKey").asText()));
        assertThat(both).as("the police measures reach the caseworker who is also a police officer")
                .contains("task.massInfluxResponse.bcpPolice").containsAll(policeOnly);

        // the whole inbox, unfiltered, is paged the same way: its first pages are the head of the whole list
        JsonNode whole = json(ok(Api.get("police", "tasks?size=500")));
        assertThat(whole.get("total").asLong()).isGreaterThanOrEqualTo(policeOnly.size());
        JsonNode second = json(ok(Api.get("police", "tasks?size=" + SMALL + "&page=1")));
        assertThat(second.get("total").asLong()).isEqualTo(whole.get("total").asLong());
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(whole.get("items").get(SMALL).get("id").asText());
        assertThat(Api.get("police", "tasks?size=501").statusCode()).isEqualTo(400);
        assertThat(Api.get("police", "tasks?page=-1").statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> ok201(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** Five households whose heads share a (new) name and birth date: each new head is a possible duplicate of the earlier. */
    private static List<String> namesakes(Names n, String birth) {
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
            ok201(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                    + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"" + birth
                    + "\",\"birthPrecision\":\"EXACT\"}"));
            households.add(number);
        }
        return households;
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_duplicatesAndSearchesPageWithTotals() {
        Names n = Names.random();
        String birth = LocalDate.of(1960, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000)).toString();
        List<String> households = namesakes(n, birth);

        // the last head is a possible duplicate of the four before: four open matches of that household, oldest first
        String last = households.get(4);
        List<JsonNode> matches = Paging.pagesOfTwo("caseworker", "duplicates?household=" + last, answer -> answer, m -> m.get("id").asText());
        assertThat(matches).hasSize(4);
        assertThat(instants(matches, "raisedAt")).isSorted();
        // the whole queue is paged too
        JsonNode queue = json(ok(Api.get("caseworker", "duplicates?size=" + SMALL)));
        assertThat(queue.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(queue.get("items")).hasSize(SMALL);

        // the five persons by name and birth date, best first, and the five households by the head's name
        List<JsonNode> persons = Paging.pagesOfTwo("supervisor", "persons?name=" + encoded(n.givenLatin() + " " + n.familyLatin())
                + "&birthDate=" + birth, answer -> answer, p -> p.get("id").asText());
        assertThat(persons).extracting(p -> p.get("registryNumber").asText()).containsExactlyInAnyOrderElementsOf(households);
        List<JsonNode> found = Paging.pagesOfTwo("registrar", "households?name=" + encoded(n.givenLatin() + " " + n.familyLatin()),
                answer -> answer, h -> h.get("registryNumber").asText());
        assertThat(found).extracting(h -> h.get("registryNumber").asText()).containsAll(households);
        assertThat(Api.get("registrar", "households?name=" + encoded(n.familyLatin()) + "&size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_historyAndTimelinePageWithTotals() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String member = "{\"relationship\":\"HEAD\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"F\",\"birthDate\":\"1984-05-06\",\"birthPrecision\":\"EXACT\"";
        String id = json(ok201(Api.post("registrar", "households/" + number + "/members", member + "}"))).get("person").get("id").asText();
        for (String place : new String[] {"Aleppo", "Homs", "Idlib"}) {
            ok(Api.send("registrar", "PUT", "persons/" + id, member + ",\"birthPlace\":\"" + place + "\"}"));
        }

        List<JsonNode> changes = Paging.pagesOfTwo("supervisor", "households/" + number + "/history", answer -> answer,
                c -> c.get("revision").asText() + " " + c.get("record").asText());
        assertThat(changes.size()).isGreaterThanOrEqualTo(5); // household and person created, three corrections
        assertThat(changes.stream().map(c -> c.get("revision").asInt()).toList()).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<JsonNode> timeline = Paging.pagesOfTwo("registrar", "households/" + number, file -> file.get("timeline"),
                t -> t.get("at").asText() + " " + t.get("what").asText());
        assertThat(timeline.size()).isGreaterThanOrEqualTo(5); // created, member registered, registered in full, three corrections
        assertThat(instants(timeline, "at")).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(timeline.get(timeline.size() - 1).get("what").asText()).startsWith("CREATE");
    }

    @Test
    void attack_listsAreCutWithoutSayingSo_influxEventsPageWithTotal() {
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            declared.add(json(ok201(Api.post("supervisor", "influx-events", "{\"name\":\"Paged events " + UUID.randomUUID()
                    + "\",\"threshold\":500}"))).get("id").asText());
        }
        List<JsonNode> events = Paging.pagesOfTwo("supervisor", "influx-events", answer -> answer, e -> e.get("id").asText());
        assertThat(instants(events, "declaredAt")).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(events).extracting(e -> e.get("id").asText()).containsAll(declared);
    }

    @Test
    void attack_theAuditTrailsOwnReadsShiftItsPages_upToKeepsThemStill() {
        for (int i = 0; i < 4; i++) {
            ok(Api.get("auditor", "audit-events?actor=auditor&size=1")); // each read is recorded: the auditor's trail grows
        }
        JsonNode first = json(ok(Api.get("auditor", "audit-events?actor=auditor&size=" + SMALL)));
        long upTo = first.get("upTo").asLong();
        assertThat(first.get("items")).hasSize(SMALL);
        // reading page 0 recorded one more read, newer than every row of page 0: without upTo page 1 would repeat a row
        JsonNode second = json(ok(Api.get("auditor", "audit-events?actor=auditor&size=" + SMALL + "&page=1&upTo=" + upTo)));
        assertThat(second.get("upTo").asLong()).isEqualTo(upTo);
        assertThat(second.get("total").asLong()).isEqualTo(first.get("total").asLong());
        List<Long> ids = new ArrayList<>();
        first.get("items").forEach(e -> ids.add(e.get("id").asLong()));
        second.get("items").forEach(e -> ids.add(e.get("id").asLong()));
        assertThat(ids).as("no event on two pages").doesNotHaveDuplicates().hasSize(2 * SMALL)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder()).allSatisfy(id -> assertThat(id).isLessThanOrEqualTo(upTo));
        JsonNode newer = json(ok(Api.get("auditor", "audit-events?actor=auditor&size=" + SMALL)));
        assertThat(newer.get("upTo").asLong()).as("a new first page reads up to the newest event").isGreaterThan(upTo);
        assertThat(Api.get("auditor", "audit-events?upTo=yesterday").statusCode()).isEqualTo(400);
    }

    /**
     * Issue 12: the auditor filters the trail by household or by person. A family's filter finds the events of the
     * household's own records, of its members (audited under their ids) and of their documents (under their numbers),
     * and none of another family; a person's filter only that person's and their document's. A malformed registry
     * number or person id is refused with a 400 in the caller's language.
     */
    @Test
    void theAuditTrail_byHousehold_findsItsMembersAndTheirDocuments_byPerson_onlyThatPersons() {
        String decree = Api.decree("TP-AUDIT " + UUID.randomUUID().toString().substring(0, 8));
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 1, 0, 0);
        String head = Api.member(number, "HEAD", n.givenLatin(), n.familyLatin(), "F", "1986-03-14");
        String spouse = Api.member(number, "SPOUSE", Names.random().givenLatin(), n.familyLatin(), "M", "1983-11-02");
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        java.util.Map<String, String> documentOf = new java.util.HashMap<>();
        java.util.Map<String, String> idOf = new java.util.HashMap<>();
        json(produced).forEach(d -> {
            documentOf.put(d.get("personId").asText(), d.get("number").asText());
            idOf.put(d.get("personId").asText(), d.get("id").asText());
        });
        // a card's own events (its prints, its handover) name it by its number: the head's is printed
        assertThat(Api.postForBytes("police", "documents/" + idOf.get(head) + "/prints", "{}").statusCode()).isEqualTo(200);
        String other = Api.preRegister("registrar", Names.random().givenLatin() + " " + Names.random().familyLatin(), 1, 0, 0, 0);

        List<JsonNode> family = Api.allItems("auditor", "audit-events?household=" + encoded(" " + number.toLowerCase() + " "));
        List<String> records = family.stream().map(e -> e.get("recordId").asText()).toList();
        assertThat(records).contains(number, head, spouse, documentOf.get(head)).doesNotContain(other)
                .allSatisfy(id -> assertThat(id).isIn(number, head, spouse, documentOf.get(head), documentOf.get(spouse)));
        assertThat(family).extracting(e -> e.get("recordType").asText()).contains("Household", "Person", "IdentityDocument", "SecurityCheck");
        assertThat(instants(family, "at")).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<String> ofHead = Api.allItems("auditor", "audit-events?person=" + head).stream().map(e -> e.get("recordId").asText()).toList();
        assertThat(ofHead).contains(head, documentOf.get(head)).allSatisfy(id -> assertThat(id).isIn(head, documentOf.get(head)));
        assertThat(Api.allItems("auditor", "audit-events?person=" + head + "&household=" + other)).as("not of that family").isEmpty();

        HttpResponse<String> malformed = Api.send(Api.request("auditor", "audit-events?household=nonsense").setHeader("Accept-Language", "hy").GET());
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(json(malformed).toString()).contains("household").containsPattern("[\\u0531-\\u058F]");
        assertThat(Api.get("auditor", "audit-events?person=not-an-id").statusCode()).isEqualTo(400);
        assertThat(Api.get("supervisor", "audit-events?household=" + number).statusCode()).as("the auditor's only").isEqualTo(403);
    }
}
