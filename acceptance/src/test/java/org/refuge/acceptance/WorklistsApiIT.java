package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The worklists of issue 15 through the API, each on households of its own (an arrival day of its own, or its own
 * persons among everyone waiting today): the caseworkers' households ready for a protection decision, the police's
 * persons waiting for their card, the camp managers' allocation queue narrowed by filters. Each filter narrows the
 * total exactly; a household outside the reader's or the decree's scope, with a security hit, or already decided, is
 * not listed; pages add up to the total; bad filters are a 400 in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistsApiIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    /** A member of a household as the registration API takes it; {@code citizenships} "STATELESS" for a stateless person. */
    private static String member(String relationship, String sex, String birth, String citizenships, String needs) {
        Names n = Names.random();
        String citizenship = citizenships.equals("STATELESS") ? "\"stateless\":true"
                : "\"citizenships\":[\"" + String.join("\",\"", citizenships.split(",")) + "\"]";
        return "{\"relationship\":\"" + relationship + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"," + citizenship
                + (needs == null ? "" : ",\"needs\":[\"" + needs + "\"]") + "}";
    }

    /** A household the registrar pre-registers as arrived at {@code arrivedAt}, its women registered one by one. */
    private static String household(String registrar, Instant arrivedAt, String... members) {
        Names head = Names.random();
        String number = json(expect(Api.post(registrar, "households", "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin()
                + "\",\"femaleAdults\":" + members.length + ",\"maleAdults\":0,\"femaleChildren\":0,\"maleChildren\":0,\"arrivedAt\":\""
                + arrivedAt + "\"}"), 201)).get("registryNumber").asText();
        for (String member : members) {
            expect(Api.post(registrar, "households/" + number + "/members", member), 201);
        }
        return number;
    }

    /** Each member's medical screening. */
    private static void medical(String number, boolean isolation) {
        Api.medical(number, isolation
                ? "{\"triage\":\"URGENT\",\"communicableSuspicion\":true,\"isolationNeeded\":true,\"outcome\":\"ISOLATION\"}"
                : "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");
    }

    /** Each member's security check (those at or above the age), the National Security Service answering {@code nssAnswer}. */
    private static void security(String police, String number, String nssAnswer) {
        List<String> tasks = Api.tasks(police, number, "screening/security");
        assertThat(tasks).isNotEmpty();
        for (String task : tasks) {
            expect(Api.post(police, "screening/tasks/" + task + "/security-check", "{\"nssReference\":\"NSS/" + number + "\",\"nssAnswer\":\""
                    + nssAnswer + "\",\"policeReference\":\"POL/" + number + "\",\"policeAnswer\":\"CLEAR\"}"), 204);
        }
    }

    /** The registry numbers of one page, in order. */
    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("registryNumber").asText()));
        return numbers;
    }

    private static JsonNode list(String user, String path) {
        return json(expect(Api.get(user, path), 200));
    }

    /** A decree in force since yesterday for Syrians (and stateless persons, if said) arrived from {@code day} on. */
    private static String syrianDecree(String prefix, boolean stateless, LocalDate day) {
        return json(expect(Api.post("supervisor", "decrees", "{\"number\":\"" + prefix + " " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(1)
                + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":" + stateless + ",\"arrivedFrom\":\"" + day + "\"}"), 201))
                .get("id").asText();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void caseworkers_listTheHouseholdsReadyForADecision_andEachFilterNarrowsTheTotalExactly() {
        LocalDate day = Api.pastDayOfItsOwn();
        String decree = syrianDecree("TP-W", true, day);
        String dual = household("registrar", at(day, 8), member("HEAD", "F", "1980-02-03", "SYR", "DS-PM"),
                member("SIBLING", "F", "1984-05-06", "IRQ,SYR", null));
        String single = household("registrar", at(day, 9), member("HEAD", "F", "1990-01-01", "SYR", null));
        // its only member's check hit: nobody in it can be granted (a hit on one of several leaves the others: ProtectionApiIT)
        String hit = household("registrar", at(day, 10), member("HEAD", "F", "1975-07-07", "SYR", null));
        String iraqi = household("registrar", at(day, 11), member("HEAD", "F", "1988-08-08", "IRQ", null));
        String toGrant = household("registrar", at(day, 12), member("HEAD", "F", "1979-09-09", "SYR", null),
                member("CHILD", "F", "2020-10-10", "STATELESS", null));
        String unscreened = household("registrar", at(day, 13), member("HEAD", "F", "1991-11-11", "SYR", null));
        String before = household("registrar", at(day.minusDays(1), 14), member("HEAD", "F", "1982-12-12", "SYR", null));
        for (String number : List.of(dual, single, iraqi, toGrant, before)) {
            medical(number, false);
            security("police", number, "CLEAR");
        }
        medical(hit, false);
        security("police", hit, "HIT");
        Api.clearSecurity(unscreened);   // no medical screening: not screened yet

        String all = "protection/worklist?decree=" + decree + "&arrivedFrom=" + day.minusDays(1) + "&arrivedTo=" + day;
        JsonNode ready = list("caseworker", all + "&size=50");
        assertThat(numbers(ready)).as("oldest arrival first; not the hit, the Iraqi, the unscreened, nor the one before the decree's window")
                .containsExactly(dual, single, toGrant);
        assertThat(ready.get("total").asLong()).isEqualTo(3);
        assertThat(ready.get("totalIsAtLeast").asBoolean()).isFalse();
        JsonNode first = ready.get("items").get(0);
        assertThat(first.get("persons").asInt()).isEqualTo(2);
        assertThat(first.get("bcp").asText()).isEqualTo("BCP-MARGARA");
        assertThat(first.get("citizenships")).extracting(JsonNode::asText).containsExactly("IRQ", "SYR");
        assertThat(first.get("needs")).extracting(JsonNode::asText).containsExactly("DS");
        assertThat(first.get("headName").asText()).isNotBlank();

        assertThat(numbers(list("caseworker", all + "&personsFrom=2"))).containsExactly(dual, toGrant);
        assertThat(numbers(list("caseworker", all + "&personsTo=1"))).containsExactly(single);
        assertThat(numbers(list("caseworker", all + "&citizenship=IRQ"))).as("a second citizenship counts").containsExactly(dual);
        assertThat(numbers(list("caseworker", all + "&citizenship=stateless"))).containsExactly(toGrant);
        assertThat(numbers(list("caseworker", all + "&need=DS"))).containsExactly(dual);
        assertThat(numbers(list("caseworker", all + "&bcp=BCP-MARGARA&arrivedFrom=" + day))).containsExactly(dual, single, toGrant);
        assertThat(list("caseworker", all + "&bcp=BCP-BAGRATASHEN").get("total").asLong()).isZero();
        assertThat(list("caseworker", all + "&personsFrom=2&need=DS&citizenship=SYR").get("total").asLong()).isEqualTo(1);

        JsonNode page0 = list("caseworker", all + "&size=2&page=0");
        JsonNode page1 = list("caseworker", all + "&size=2&page=1");
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page1.get("total").asLong()).isEqualTo(3);
        List<String> paged = new ArrayList<>(numbers(page0));
        paged.addAll(numbers(page1));
        assertThat(paged).containsExactly(dual, single, toGrant);

        expect(Api.post("caseworker", "protection/households/" + toGrant + "/grant", "{\"decreeId\":\"" + decree + "\"}"), 200);
        assertThat(numbers(list("caseworker", all))).as("decided: no longer listed").containsExactly(dual, single);
        assertThat(numbers(list("supervisor", all))).containsExactly(dual, single);
        assertThat(Api.get("supervisor", all + "&need=SV").statusCode()).as("a sensitive category, not the supervisor's").isEqualTo(403);
        assertThat(list("caseworker", all + "&need=SV").get("total").asLong()).isZero();
        assertThat(Api.get("police", all).statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", all).statusCode()).isEqualTo(403);
        assertThat(Api.get("camp-manager", all).statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberWithAHitOrAnException_isNotLeftToDecide_andTheirHouseholdLeavesTheCaseworkersWorklist() {
        LocalDate day = Api.pastDayOfItsOwn();
        String decree = syrianDecree("TP-X", false, day);
        String mixed = household("registrar", at(day, 8), member("HEAD", "F", "1981-04-05", "SYR", null),
                member("SIBLING", "F", "1985-06-07", "IRQ", null));
        String oneHit = household("registrar", at(day, 9), member("HEAD", "F", "1979-08-09", "SYR", null),
                member("SIBLING", "F", "1983-10-11", "SYR", null));
        medical(mixed, false);
        security("police", mixed, "CLEAR");
        medical(oneHit, false);
        List<String> checks = Api.tasks("police", oneHit, "screening/security");
        assertThat(checks).hasSize(2);
        for (int i = 0; i < 2; i++) {
            expect(Api.post("police", "screening/tasks/" + checks.get(i) + "/security-check", "{\"nssReference\":\"NSS/" + oneHit
                    + "\",\"nssAnswer\":\"" + (i == 0 ? "HIT" : "CLEAR") + "\",\"policeReference\":\"POL/" + oneHit
                    + "\",\"policeAnswer\":\"CLEAR\"}"), 204);
        }
        String all = "protection/worklist?decree=" + decree + "&arrivedFrom=" + day + "&arrivedTo=" + day;
        assertThat(numbers(list("caseworker", all))).as("each with a member to decide").containsExactly(mixed, oneHit);

        for (String number : List.of(mixed, oneHit)) {
            expect(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}"), 200);
        }
        JsonNode listed = list("caseworker", all);
        assertThat(numbers(listed)).as("the Iraqi sister is left to decide; the hit sister is not (she needs an exception)")
                .containsExactly(mixed);
        assertThat(listed.get("total").asLong()).isEqualTo(1);

        JsonNode members = json(expect(Api.get("caseworker", "protection/households/" + mixed + "?decree=" + decree), 200)).get("members");
        String sister = java.util.stream.StreamSupport.stream(members.spliterator(), false)
                .filter(m -> m.get("relationship").asText().equals("SIBLING")).findFirst().orElseThrow().get("personId").asText();
        String exception = json(expect(Api.post("caseworker", "protection/exceptions", "{\"personId\":\"" + sister + "\",\"decreeId\":\""
                + decree + "\",\"justification\":\"Sister of a protected woman: family unity\"}"), 201)).get("id").asText();
        assertThat(list("caseworker", all).get("total").asLong()).as("an exception is decided by a supervisor, not from the list").isZero();
        expect(Api.post("supervisor", "protection/exceptions/" + exception + "/decision", "{\"approve\":false,\"note\":\"no family link shown\"}"), 204);
        assertThat(list("caseworker", all).get("total").asLong()).as("refused: nobody left to decide").isZero();
    }

    @Test
    void thePolice_listThePersonsOfTheirSitesWaitingForACard_byBcpAndDeadline_oldestDeadlineFirst() {
        String decree = Api.decree("TP-C " + UUID.randomUUID().toString().substring(0, 8));
        Instant now = Instant.now();
        Names family = Names.random();
        String margara = Api.preRegister("registrar", family.givenLatin() + " " + family.familyLatin(), 1, 0, 1, 0);
        Api.member(margara, "HEAD", family.givenLatin(), family.familyLatin(), "F", "1983-01-02");   // with a portrait: cards can be made
        Api.member(margara, "CHILD", Names.random().givenLatin(), family.familyLatin(), "F", "2016-02-03");
        String bagratashen = household("registrar2", now, member("HEAD", "F", "1986-03-04", "SYR", null));
        security("police", margara, "CLEAR");
        security("police2", bagratashen, "CLEAR");
        for (String number : List.of(margara, bagratashen)) {
            expect(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}"), 200);
        }

        List<JsonNode> mine = Api.allItems("police", "documents/queue?bcp=BCP-MARGARA").stream()
                .filter(w -> w.get("registryNumber").asText().equals(margara)).toList();
        assertThat(mine).hasSize(2);
        LocalDate due = Instant.parse(mine.get(0).get("deadline").asText()).atZone(ZONE).toLocalDate();
        String onThatDay = "documents/queue?bcp=BCP-MARGARA&deadlineFrom=" + due + "&deadlineTo=" + due;
        List<JsonNode> dueThatDay = Api.allItems("police", onThatDay);
        assertThat(dueThatDay).extracting(w -> w.get("registryNumber").asText()).contains(margara).doesNotContain(bagratashen);
        assertThat(dueThatDay).allSatisfy(w -> {
            assertThat(w.get("siteCode").asText()).isEqualTo("BCP-MARGARA");
            assertThat(Instant.parse(w.get("deadline").asText()).atZone(ZONE).toLocalDate()).isEqualTo(due);
        });
        long total = list("police", onThatDay).get("total").asLong();
        assertThat(total).as("the total is the persons listed").isEqualTo(dueThatDay.size());
        List<Instant> deadlines = dueThatDay.stream().map(w -> Instant.parse(w.get("deadline").asText())).toList();
        assertThat(deadlines).as("oldest deadline first").isSorted();
        assertThat(Api.allItems("police", "documents/queue?bcp=BCP-MARGARA&deadlineTo=" + due.minusDays(1)))
                .extracting(w -> w.get("registryNumber").asText()).doesNotContain(margara);

        // the other BCP's officer never sees Margara's persons, and Margara's never Bagratashen's
        assertThat(list("police2", "documents/queue?bcp=BCP-MARGARA").get("total").asLong()).isZero();
        assertThat(Api.allItems("police", "documents/queue?deadlineFrom=" + due + "&deadlineTo=" + due))
                .extracting(w -> w.get("registryNumber").asText()).doesNotContain(bagratashen);
        assertThat(Api.allItems("police2", "documents/queue?deadlineFrom=" + due + "&deadlineTo=" + due))
                .extracting(w -> w.get("registryNumber").asText()).contains(bagratashen).doesNotContain(margara);
        assertThat(Api.allItems("supervisor", onThatDay.replace("BCP-MARGARA", "BCP-BAGRATASHEN")))
                .extracting(w -> w.get("registryNumber").asText()).contains(bagratashen);

        JsonNode page0 = list("police", onThatDay + "&size=1&page=0");
        JsonNode page1 = list("police", onThatDay + "&size=1&page=1");
        assertThat(page0.get("total").asLong()).isEqualTo(total);
        assertThat(page1.get("total").asLong()).isEqualTo(total);
        assertThat(page0.get("items").get(0).get("personId").asText()).isNotEqualTo(page1.get("items").get(0).get("personId").asText());

        // produced, a card still waits for its handover; handed over, its holder leaves the list
        JsonNode documents = json(expect(Api.post("police", "documents/households/" + margara, ""), 201));
        List<JsonNode> produced = Api.allItems("police", onThatDay).stream().filter(w -> w.get("registryNumber").asText().equals(margara)).toList();
        assertThat(produced).hasSize(2).allSatisfy(w -> assertThat(w.get("documentStatus").asText()).isEqualTo("PRODUCED"));
        String document = documents.get(0).get("id").asText();
        expect(Api.printAndHandOver(document, "the holder"), 204);
        assertThat(list("police", onThatDay).get("total").asLong()).isEqualTo(total - 1);
        assertThat(Api.allItems("police", onThatDay)).extracting(w -> w.get("personId").asText())
                .doesNotContain(documents.get(0).get("personId").asText());
    }

    @Test
    void campManagers_narrowTheAllocationQueue_priorityFirst_andAnAllocatedHouseholdLeavesIt() {
        LocalDate day = Api.pastDayOfItsOwn();
        String plain = household("registrar", at(day, 8), member("HEAD", "F", "1981-01-01", "SYR", null));
        String disabled = household("registrar", at(day, 9), member("HEAD", "F", "1977-02-02", "SYR", null),
                member("CHILD", "F", "2014-03-03", "SYR", "DS-PM"), member("CHILD", "F", "2016-04-04", "SYR", null));
        String isolated = household("registrar", at(day, 10), member("HEAD", "F", "1989-05-05", "IRQ", null),
                member("CHILD", "F", "2019-06-06", "IRQ", null));
        String unscreened = household("registrar", at(day, 11), member("HEAD", "F", "1992-07-07", "SYR", null));
        medical(plain, false);
        security("police", plain, "CLEAR");
        medical(disabled, false);
        security("police", disabled, "CLEAR");
        medical(isolated, true);
        security("police", isolated, "CLEAR");
        medical(unscreened, false);

        String mine = "allocations?arrivedFrom=" + day + "&arrivedTo=" + day;
        JsonNode queue = list("camp-manager", mine + "&size=50");
        assertThat(numbers(queue)).as("needs that give priority and isolation first, then the longest waiting; not the unscreened")
                .containsExactly(disabled, isolated, plain);
        assertThat(queue.get("total").asLong()).isEqualTo(3);
        assertThat(queue.get("items").get(0).get("priority").asBoolean()).isTrue();
        assertThat(numbers(list("camp-manager", mine + "&personsFrom=2"))).containsExactly(disabled, isolated);
        assertThat(numbers(list("camp-manager", mine + "&personsFrom=3&personsTo=3"))).containsExactly(disabled);
        assertThat(numbers(list("camp-manager", mine + "&need=DS"))).containsExactly(disabled);
        assertThat(numbers(list("camp-manager", mine + "&citizenship=IRQ"))).containsExactly(isolated);
        assertThat(numbers(list("camp-manager", mine + "&bcp=BCP-MARGARA"))).containsExactly(disabled, isolated, plain);
        assertThat(list("camp-manager", mine + "&bcp=BCP-BAGRATASHEN").get("total").asLong()).isZero();
        JsonNode page1 = list("supervisor", mine + "&size=2&page=1");
        assertThat(page1.get("total").asLong()).isEqualTo(3);
        assertThat(numbers(page1)).containsExactly(plain);
        assertThat(Api.get("camp-manager", mine + "&need=SV").statusCode()).as("a sensitive category, not the camp manager's").isEqualTo(403);
        assertThat(Api.get("camp-manager", mine + "&household=" + plain).statusCode()).as("a search or a filter").isEqualTo(400);
        assertThat(Api.get("police", mine).statusCode()).isEqualTo(403);

        String camp = Api.newCamp(2, 10);
        expect(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + plain + "\",\"campCode\":\"" + camp + "\"}"), 201);
        assertThat(numbers(list("camp-manager", mine))).as("allocated: no longer waiting").containsExactly(disabled, isolated);
    }

    @Test
    void badFilters_areRefusedWith400_inTheCallersLanguage_namingTheField() {
        record Bad(String user, String path, String field, String language, String detail) {
        }
        List<Bad> bad = List.of(
                new Bad("caseworker", "protection/worklist?arrivedFrom=yesterday", "arrivedFrom", "hy", "Սա օր չէ․ գրեք այսպես՝ 2026-12-06։"),
                new Bad("caseworker", "protection/worklist?arrivedFrom=2026-05-02&arrivedTo=2026-05-01", "arrivedTo", "ru",
                        "Дни прибытия заканчиваются раньше, чем начинаются: укажите сначала первый день, затем последний."),
                new Bad("caseworker", "protection/worklist?personsFrom=0", "personsFrom", "en",
                        "A household's size is a whole number from 1 to 99; the smallest comes first."),
                new Bad("caseworker", "protection/worklist?personsFrom=4&personsTo=2", "personsTo", "en",
                        "A household's size is a whole number from 1 to 99; the smallest comes first."),
                new Bad("caseworker", "protection/worklist?personsTo=many", "personsTo", "hy",
                        "Ընտանիքի չափը 1-ից 99 ամբողջ թիվ է. փոքրը նշվում է առաջինը։"),
                new Bad("caseworker", "protection/worklist?citizenship=XQZ", "citizenship", "en",
                        "Not a citizenship Refuge knows: write a country code such as SYR, or STATELESS."),
                new Bad("caseworker", "protection/worklist?need=ZZ", "need", "en",
                        "Not a category of specific needs: write a UNHCR category such as DS or SC."),
                new Bad("caseworker", "protection/worklist?decree=not-a-decree", "decree", "ru",
                        "Это не идентификатор постановления: выберите одно из действующих постановлений."),
                new Bad("caseworker", "protection/worklist?bcp=no%20such%20site", "bcp", "en",
                        "This is not a site code; it is 2 to 40 letters, digits or dashes, for example BCP-MARGARA."),
                new Bad("police", "documents/queue?deadlineFrom=2026-13-01", "deadlineFrom", "en", "This is not a day; write it as 2026-12-06."),
                new Bad("police", "documents/queue?deadlineFrom=2026-05-02&deadlineTo=2026-05-01", "deadlineTo", "hy",
                        "Վերջնաժամկետի օրերն ավարտվում են մինչև սկսվելը. նշեք առաջին օրը, ապա՝ վերջինը։"),
                new Bad("camp-manager", "allocations?personsFrom=100", "personsFrom", "en",
                        "A household's size is a whole number from 1 to 99; the smallest comes first."),
                new Bad("camp-manager", "allocations?arrivedTo=2026-02-30", "arrivedTo", "ru", "Это не дата; напишите её так: 2026-12-06."));
        for (Bad b : bad) {
            HttpResponse<String> answer = Api.send(Api.request(b.user(), b.path()).setHeader("Accept-Language", b.language()).GET());
            assertThat(answer.statusCode()).as(b.path() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(b.path()).startsWith("application/problem+json");
            assertThat(json(answer).get("detail").asText()).as(b.path()).isEqualTo(b.detail());
            assertThat(json(answer).get("errors").get(0).get("field").asText()).as(b.path()).isEqualTo(b.field());
        }
    }
}
