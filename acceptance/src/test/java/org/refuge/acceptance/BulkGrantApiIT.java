package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulk grant of temporary protection through the API ({@code POST /api/v1/protection/households/bulk}), each test
 * under a decree of its own: fifty screened households granted in one call with an audit entry per person, and a
 * second call answering "already granted"; one household refused (its security check not answered, outside the
 * decree, unknown) while the others are granted; a retry with the same key answering the first call's items and
 * granting nothing more, in the caller's language; a retry while the first call runs refused, a key its call left running
 * taken over after 15 minutes, a call refused as a whole freeing its key; only caseworkers grant (for every site, as the
 * single grant).
 */
@ExtendWith(ArquillianExtension.class)
class BulkGrantApiIT {

    private static final String BULK = "protection/households/bulk";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    /** A household the registrar pre-registers, its {@code persons} women registered one by one with the citizenship. */
    static String household(String registrar, int persons, String citizenship) {
        Names head = Names.random();
        String number = Api.preRegister(registrar, head.givenLatin() + " " + head.familyLatin(), persons, 0, 0, 0);
        for (int i = 0; i < persons; i++) {
            Names n = i == 0 ? head : Names.random();
            expect(Api.post(registrar, "households/" + number + "/members", "{\"relationship\":\"" + (i == 0 ? "HEAD" : "SIBLING")
                    + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\""
                    + (1970 + i) + "-03-04\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"" + citizenship + "\"]}"), 201);
        }
        return number;
    }

    /** Each member's medical screening cleared and both enquiries of each member's security check clear, by the BCP's users. */
    static void screen(String medical, String police, String number) {
        List<String> screenings = Api.tasks(medical, number, "screening/medical");
        List<String> checks = Api.tasks(police, number, "screening/security");
        assertThat(screenings).as("a medical screening per registered member").isNotEmpty();
        for (String task : screenings) {
            expect(Api.post(medical, "screening/tasks/" + task + "/medical-screening", "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}"), 204);
        }
        for (String check : checks) {
            expect(Api.post(police, "screening/tasks/" + check + "/security-check", "{\"nssReference\":\"NSS/" + number
                    + "\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"POL/" + number + "\",\"policeAnswer\":\"CLEAR\"}"), 204);
        }
    }

    private static String body(String decree, List<String> numbers) {
        return "{\"decree\":\"" + decree + "\",\"households\":[" + String.join(",", numbers.stream().map(n -> "\"" + n + "\"").toList()) + "]}";
    }

    private static HttpResponse<String> bulk(String user, String decree, List<String> numbers, String key, String language) {
        HttpRequest.Builder request = Api.request(user, BULK).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(decree, numbers)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Api.send(request);
    }

    /** Per item "number RESULT persons [rule]" (the API leaves out a member without a value). */
    private static List<String> results(JsonNode answer) {
        List<String> results = new ArrayList<>();
        answer.get("items").forEach(i -> results.add(i.get("number").asText() + " " + i.get("result").asText() + " " + i.get("persons").asInt()
                + (i.path("rule").isTextual() ? " " + i.get("rule").asText() : "")));
        return results;
    }

    /** The statuses of the household's members under the decree (null: not protected). */
    private static List<String> statuses(String number, String decree) {
        List<String> statuses = new ArrayList<>();
        json(expect(Api.get("caseworker", "protection/households/" + number + "?decree=" + decree), 200)).get("members")
                .forEach(m -> statuses.add(m.path("status").isTextual() ? m.get("status").asText() : null));
        return statuses;
    }

    @Test
    void fiftyHouseholds_areGrantedInOneCall_eachPersonAudited_andASecondCallAnswersAlreadyGranted() {
        String decree = Api.decree("TP-BG " + UUID.randomUUID().toString().substring(0, 8));
        List<String> numbers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int persons = i % 5 == 0 ? 2 : 1;
            String number = household("registrar", persons, "SYR");
            screen("medical", "police", number);
            numbers.add(number);
            sizes.add(persons);
        }

        JsonNode answer = json(expect(bulk("caseworker", decree, numbers, null, "en"), 200));
        assertThat(results(answer)).containsExactlyElementsOf(IntStream.range(0, 50)
                .mapToObj(i -> numbers.get(i) + " GRANTED " + sizes.get(i)).toList());
        assertThat(answer.get("granted").asLong()).isEqualTo(50);
        assertThat(answer.get("refused").asLong()).isZero();
        assertThat(answer.get("alreadyGranted").asLong()).isZero();
        for (String number : numbers) {
            assertThat(statuses(number, decree)).as(number).isNotEmpty().containsOnly("GRANTED");
        }
        JsonNode members = json(expect(Api.get("caseworker", "protection/households/" + numbers.get(0) + "?decree=" + decree), 200)).get("members");
        assertThat(members).hasSize(2);
        for (JsonNode member : members) {
            assertThat(Api.allItems("auditor", "audit-events?person=" + member.get("personId").asText() + "&action=UPDATE"))
                    .as("one audit entry for each person granted")
                    .filteredOn(e -> e.get("purpose").asText().contains("bulk grant")).hasSize(1)
                    .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("caseworker"));
        }

        JsonNode again = json(expect(bulk("caseworker", decree, numbers, null, "en"), 200));
        assertThat(results(again)).containsExactlyElementsOf(IntStream.range(0, 50)
                .mapToObj(i -> numbers.get(i) + " ALREADY_GRANTED " + sizes.get(i)).toList());
        assertThat(again.get("granted").asLong()).isZero();
        assertThat(again.get("alreadyGranted").asLong()).isEqualTo(50);
    }

    @Test
    void aRefusedHousehold_leavesTheOthersGranted_andARetryWithTheSameKeyAnswersTheSame() {
        String decree = Api.decree("TP-BG " + UUID.randomUUID().toString().substring(0, 8));
        String first = household("registrar", 2, "SYR");
        String notScreened = household("registrar", 1, "SYR");
        String iraqi = household("registrar", 1, "IRQ");
        String last = household("registrar", 3, "SYR");
        for (String number : List.of(first, iraqi, last)) {
            screen("medical", "police", number);
        }
        String unknown = "BCP-MARGARA-20190101-99999";
        List<String> numbers = List.of(first, notScreened, iraqi, unknown, last);
        String key = "bulk-" + UUID.randomUUID();

        JsonNode answer = json(expect(bulk("caseworker", decree, numbers, key, "en"), 200));
        assertThat(results(answer)).containsExactly(first + " GRANTED 2", notScreened + " REFUSED 0 securityPending",
                iraqi + " REFUSED 0 outOfScope", unknown + " REFUSED 0 notFound", last + " GRANTED 3");
        assertThat(answer.get("granted").asLong()).isEqualTo(2);
        assertThat(answer.get("refused").asLong()).isEqualTo(3);
        assertThat(answer.get("items").get(1).get("message").asText())
                .isEqualTo("The household's security check has not answered yet: nobody is protected before it has.");
        assertThat(answer.get("items").get(0).has("message")).as("a household granted has no refusal's text").isFalse();
        assertThat(statuses(first, decree)).containsOnly("GRANTED");
        assertThat(statuses(last, decree)).containsOnly("GRANTED");
        assertThat(statuses(notScreened, decree)).containsOnlyNulls();
        assertThat(statuses(iraqi, decree)).containsOnlyNulls();

        screen("medical", "police", notScreened);
        JsonNode retry = json(expect(bulk("caseworker", decree, numbers, key, "ru"), 200));
        assertThat(results(retry)).as("the first call's answer, not a second grant").isEqualTo(results(answer));
        assertThat(retry.get("items").get(1).get("message").asText()).as("in the caller's language")
                .isEqualTo("Проверка безопасности домохозяйства ещё не дала ответа: до этого защита не предоставляется.");
        assertThat(statuses(notScreened, decree)).as("nothing granted by the retry").containsOnlyNulls();
        assertThat(expect(bulk("caseworker", decree, List.of(first, last), key, "en"), 422).body()).contains("idempotencyKey");

        JsonNode later = json(expect(bulk("caseworker", decree, numbers, null, "en"), 200));
        assertThat(results(later)).containsExactly(first + " ALREADY_GRANTED 2", notScreened + " GRANTED 1",
                iraqi + " REFUSED 0 outOfScope", unknown + " REFUSED 0 notFound", last + " ALREADY_GRANTED 3");
    }

    @Test
    void aRetryWhileTheFirstRuns_isRefused_aKeyLeftRunningIsTakenOver_andAFailedCallFreesItsKey() {
        String decree = Api.decree("TP-BG " + UUID.randomUUID().toString().substring(0, 8));
        String number = household("registrar", 2, "SYR");
        screen("medical", "police", number);
        String key = "bulk-" + UUID.randomUUID();

        // the first request with the key still runs (claimed a minute ago, no answer kept): the retry learns so, grants nothing
        TestDatabase.bulkKeyRunning("caseworker", key, "grant protection in bulk", 1);
        JsonNode running = json(expect(bulk("caseworker", decree, List.of(number), key, "hy"), 409));
        assertThat(running.toString()).contains("idempotencyKey")
                .contains("Այս Idempotency-Key-ով հարցումը դեռ ընթացքի մեջ է");
        assertThat(statuses(number, decree)).containsOnlyNulls();

        // its server stopped half way: after 15 minutes without an answer the key is taken over and the batch runs
        TestDatabase.bulkKeyRunning("caseworker", key, "grant protection in bulk", 16);
        JsonNode taken = json(expect(bulk("caseworker", decree, List.of(number), key, "en"), 200));
        assertThat(results(taken)).containsExactly(number + " GRANTED 2");
        assertThat(results(json(expect(bulk("caseworker", decree, List.of(number), key, "en"), 200))))
                .as("then kept: the retry answers the same").isEqualTo(results(taken));

        // a call refused as a whole (no decree in force by that id) frees its key: sent again, it is refused again, not "in progress"
        String failing = "bulk-" + UUID.randomUUID();
        String noDecree = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(expect(bulk("caseworker", noDecree, List.of(number), failing, "en"), 409).body())
                    .as("attempt " + attempt).contains("No decree on temporary protection is in force");
        }
    }

    @Test
    void onlyCaseworkersGrantInBulk_forEverySiteAsTheSingleGrant_andABadSelectionIsA400() {
        String decree = Api.decree("TP-BG " + UUID.randomUUID().toString().substring(0, 8));
        String margara = household("registrar", 1, "SYR");
        screen("medical", "police", margara);
        String bagratashen = household("registrar2", 1, "SYR");
        screen("medical2", "police2", bagratashen);

        for (String user : List.of("supervisor", "police", "registrar", "medical", "camp-manager", "auditor", "admin")) {
            assertThat(bulk(user, decree, List.of(margara), null, "en").statusCode()).as(user).isEqualTo(403);
        }
        // caseworkers decide for every site (Roles.ALL_SITES), whatever site their token names, as the single grant does
        JsonNode scoped = json(expect(bulk("caseworker-police", decree, List.of(bagratashen, margara), null, "en"), 200));
        assertThat(results(scoped)).as("a caseworker of Margara acts as a caseworker, for every site")
                .containsExactly(bagratashen + " GRANTED 1", margara + " GRANTED 1");
        assertThat(statuses(bagratashen, decree)).containsOnly("GRANTED");
        String twice = household("registrar2", 1, "SYR");
        screen("medical2", "police2", twice);
        assertThat(results(json(expect(bulk("caseworker", decree, List.of(twice, twice), null, "en"), 200))))
                .as("named twice, granted once").containsExactly(twice + " GRANTED 1");

        assertThat(json(expect(bulk("caseworker", decree, List.of(), null, "en"), 400)).toString()).contains("households");
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> String.format("BCP-MARGARA-20190101-%05d", i + 1)).toList();
        assertThat(expect(bulk("caseworker", decree, tooMany, null, "en"), 400).body()).contains("1 to 500 households");
        assertThat(expect(bulk("caseworker", decree, List.of(margara, "not a number"), null, "en"), 400).body()).contains("households[1]");
        expect(Api.post("caseworker", BULK, "{\"households\":[\"" + margara + "\"]}"), 400);
        expect(bulk("caseworker", UUID.randomUUID().toString(), List.of(margara), null, "en"), 409);
    }
}
