package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.refuge.reporting.domain.AgeGroups;

/**
 * The ready tables (issue 13, item 2): after a script of three households of known composition (one released to a
 * private address and protected, its son's protection ceased; one checked in at a camp; an unaccompanied girl
 * protected and then terminated), every cell of the UNHCR population table of today and of Eurostat's tables of this
 * month moved by exactly what the script did; a household that arrived on a past day counts in the UNHCR table of
 * that day, not of the day before; disclosure control rounds and suppresses as it says; the population statistics
 * break down by arrival day, ISO week and month; bad input is a 400 that says why, other roles a 403.
 */
@ExtendWith(ArquillianExtension.class)
class ReadyTablesApiIT {

    private static final String BCP = "BCP-MARGARA";
    private static final String CAMP = "CAMP-ARARAT-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Yerevan"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void everyCellOfTheUnhcrTableAndOfEurostatsTablesMovesByWhatWasDone() {
        Api.openCamp("camp-manager", CAMP);
        Map<String, Long> unhcrBefore = cells(unhcr("supervisor", ""));
        JsonNode eurostatBefore = eurostat("caseworker", "");
        String decree = Api.decree("TP-TABLES " + UUID.randomUUID().toString().substring(0, 8));

        String privately = Api.preRegister("registrar", "Rima Haddad", 1, 0, 0, 1);
        Api.member(privately, "HEAD", "Rima", "Haddad", "F", TODAY.minusYears(40).minusDays(100).toString());
        String son = Api.member(privately, "CHILD", "Sami", "Haddad", "M", TODAY.minusYears(10).minusDays(100).toString());
        Api.screen(privately);
        granted(privately, decree);
        assertThat(Api.post("registrar", "allocations/" + privately + "/private-address",
                "{\"address\":\"Yerevan, Abovyan 12, apt. 5\",\"phone\":\"+374 10 123456\"}").statusCode()).isEqualTo(204);
        assertThat(Api.post("caseworker", "protection/persons/" + son + "/end", "{\"terminated\":false,\"ground\":\"Moved on to another state\"}")
                .statusCode()).isEqualTo(204);

        String inCamp = Api.preRegister("registrar", "Karim Nasser", 0, 1, 1, 0);
        Api.member(inCamp, "HEAD", "Karim", "Nasser", "M", TODAY.minusYears(70).minusDays(100).toString());
        Api.member(inCamp, "GRANDCHILD", "Leyla", "Nasser", "F", TODAY.minusYears(16).minusDays(100).toString());
        Api.screen(inCamp);
        HttpResponse<String> allocated = Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + inCamp + "\",\"campCode\":\"" + CAMP + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        Api.transferred(CAMP, inCamp);
        Api.checkIn("camp-manager", CAMP, inCamp);

        String alone = Api.preRegister("registrar", "Hana Saleh", 0, 0, 1, 0);
        HttpResponse<String> girl = Api.post("registrar", "households/" + alone + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\"Hana\","
                + "\"familyName\":\"Saleh\",\"sex\":\"F\",\"birthDate\":\"" + TODAY.minusYears(15).minusDays(100) + "\",\"birthPrecision\":\"EXACT\","
                + "\"citizenships\":[\"SYR\"],\"needs\":[\"SC-UC\"]}");
        assertThat(girl.statusCode()).as(girl.body()).isEqualTo(201);
        Api.screen(alone);
        granted(alone, decree);
        assertThat(Api.post("caseworker", "protection/persons/" + json(girl).get("person").get("id").asText() + "/end",
                "{\"terminated\":true,\"ground\":\"Law on Refugees and Asylum, art. 64(1)\"}").statusCode()).isEqualTo(204);

        Map<String, Long> unhcr = delta(unhcrBefore, cells(unhcr("supervisor", "")));
        assertThat(unhcr).as("the UNHCR table of today moved by the three households, nothing else").containsOnly(
                Map.entry(BCP + "|PRIVATE|F/18-59", 1L), Map.entry(BCP + "|PRIVATE|F/TOTAL", 1L),
                Map.entry(BCP + "|PRIVATE|M/5-11", 1L), Map.entry(BCP + "|PRIVATE|M/TOTAL", 1L), Map.entry(BCP + "|PRIVATE|TOTAL", 2L),
                Map.entry(CAMP + "|CAMP|M/60+", 1L), Map.entry(CAMP + "|CAMP|M/TOTAL", 1L),
                Map.entry(CAMP + "|CAMP|F/12-17", 1L), Map.entry(CAMP + "|CAMP|F/TOTAL", 1L), Map.entry(CAMP + "|CAMP|TOTAL", 2L),
                Map.entry(BCP + "|OTHER|F/12-17", 1L), Map.entry(BCP + "|OTHER|F/TOTAL", 1L), Map.entry(BCP + "|OTHER|TOTAL", 1L),
                totalOf("F/18-59", 1), totalOf("F/12-17", 2), totalOf("F/TOTAL", 3), totalOf("M/5-11", 1), totalOf("M/60+", 1),
                totalOf("M/TOTAL", 2), totalOf("TOTAL", 5));

        JsonNode eurostat = eurostat("supervisor", "?month=" + YearMonth.from(TODAY));
        assertThat(delta(cells(eurostatBefore.get("granted")), cells(eurostat.get("granted")))).as("decisions granting protection this month")
                .containsOnly(Map.entry("SYR|F/35-64", 1L), Map.entry("SYR|F/14-17", 1L), Map.entry("SYR|F/TOTAL", 2L),
                        Map.entry("SYR|M/<14", 1L), Map.entry("SYR|M/TOTAL", 1L), Map.entry("SYR|TOTAL", 3L),
                        totalOf("F/35-64", 1), totalOf("F/14-17", 1), totalOf("F/TOTAL", 2), totalOf("M/<14", 1), totalOf("M/TOTAL", 1),
                        totalOf("TOTAL", 3));
        assertThat(delta(cells(eurostatBefore.get("unaccompaniedMinors")), cells(eurostat.get("unaccompaniedMinors"))))
                .as("of them to unaccompanied minors").containsOnly(Map.entry("SYR|F/14-17", 1L), Map.entry("SYR|F/TOTAL", 1L),
                        Map.entry("SYR|TOTAL", 1L), totalOf("F/14-17", 1), totalOf("F/TOTAL", 1), totalOf("TOTAL", 1));
        assertThat(delta(cells(eurostatBefore.get("benefiting")), cells(eurostat.get("benefiting")))).as("still benefiting: the mother")
                .containsOnly(Map.entry("SYR|F/35-64", 1L), Map.entry("SYR|F/TOTAL", 1L), Map.entry("SYR|TOTAL", 1L),
                        totalOf("F/35-64", 1), totalOf("F/TOTAL", 1), totalOf("TOTAL", 1));
        assertThat(delta(cells(eurostatBefore.get("ended")), cells(eurostat.get("ended")))).as("ended this month, by reason")
                .containsOnly(Map.entry("SYR|CEASED", 1L), Map.entry("SYR|TERMINATED", 1L), Map.entry("SYR|TOTAL", 2L),
                        totalOf("CEASED", 1), totalOf("TERMINATED", 1), totalOf("TOTAL", 2));

        JsonNode syrians = line(eurostat.get("ended"), "SYR");
        HttpResponse<byte[]> csv = Api.bytes(Api.request("supervisor", "reports/eurostat-tp?format=csv&table=ended&month=" + YearMonth.from(TODAY)).GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).as("a BOM, then the header").isEqualTo("\uFEFFCitizenship,Terminated,Ceased,Expired,Total");
        assertThat(lines).as("the file says what the JSON says").contains("Syria," + syrians.get("cells").get(0).asLong() + ","
                + syrians.get("cells").get(1).asLong() + "," + syrians.get("cells").get(2).asLong() + "," + syrians.get("total").asLong());
    }

    @Test
    void aPastDaysTableCountsWhoHadArrivedByThen_andPopulationBreaksDownByArrivalDayWeekAndMonth() {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6_000));
        Map<String, Long> dayBefore = cells(unhcr("supervisor", "?date=" + day));
        Map<String, Long> eveBefore = cells(unhcr("supervisor", "?date=" + day.minusDays(1)));
        HttpResponse<String> created = Api.post("registrar", "households", "{\"headName\":\"Nour Darwish\",\"femaleElderly\":1,\"femaleChildren\":2,"
                + "\"arrivedAt\":\"" + day + "T10:00:00Z\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = json(created).get("registryNumber").asText();
        Api.member(number, "HEAD", "Nour", "Darwish", "F", day.minusYears(61).toString());
        Api.member(number, "GRANDCHILD", "Salma", "Darwish", "F", day.minusYears(14).toString());
        Api.member(number, "GRANDCHILD", "Dalia", "Darwish", "F", day.minusYears(8).toString());

        assertThat(delta(dayBefore, cells(unhcr("supervisor", "?date=" + day)))).as("aged 61, 14 and 8 on that day, at the BCP, no bed")
                .containsOnly(Map.entry(BCP + "|OTHER|F/60+", 1L), Map.entry(BCP + "|OTHER|F/12-17", 1L), Map.entry(BCP + "|OTHER|F/5-11", 1L),
                        Map.entry(BCP + "|OTHER|F/TOTAL", 3L), Map.entry(BCP + "|OTHER|TOTAL", 3L),
                        totalOf("F/60+", 1), totalOf("F/12-17", 1), totalOf("F/5-11", 1), totalOf("F/TOTAL", 3), totalOf("TOTAL", 3));
        assertThat(delta(eveBefore, cells(unhcr("supervisor", "?date=" + day.minusDays(1))))).as("not yet arrived the day before").isEmpty();

        JsonNode table = json(Api.get("caseworker", "reports/population?by=arrivalDay,arrivalWeek,arrivalMonth,ageGroup&from=" + day + "&to=" + day));
        String week = "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String arrival = day + "|" + week + "|" + YearMonth.from(day) + "|";
        assertThat(table.get("rows")).as("age groups in the order of age").extracting(r -> r.get("keys").get("arrivalDay").asText() + "|"
                + r.get("keys").get("arrivalWeek").asText() + "|" + r.get("keys").get("arrivalMonth").asText() + "|"
                + r.get("keys").get("ageGroup").asText() + "=" + r.get("persons").asLong())
                .as("ages are today's: the breakdown counts who arrived in the period as they are now")
                .containsExactlyElementsOf(todaysAgeGroups(arrival, day.minusYears(61), day.minusYears(14), day.minusYears(8)));
    }

    @Test
    void disclosureControlRoundsToFiveAndSuppressesSmallCells_andSaysSo() {
        String camp = Api.newCamp(1, 10);
        Api.screenedHousehold(3, 0, false);   // the table holds at least 5 persons, whatever ran before
        String number = Api.screenedHousehold(2, 0, false);
        assertThat(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}").statusCode())
                .isEqualTo(201);
        Api.transferredBy("supervisor", camp, number);
        Api.checkIn("supervisor", camp, number);

        JsonNode exact = unhcr("supervisor", "").get("table");
        JsonNode controlled = unhcr("supervisor", "?roundTo=5&suppressUnder=3").get("table");
        assertThat(controlled.get("disclosure").get("roundTo").asInt()).isEqualTo(5);
        assertThat(controlled.get("disclosure").get("suppressUnder").asInt()).isEqualTo(3);
        JsonNode campLine = line(controlled, camp);
        assertThat(line(exact, camp).get("total").asLong()).isEqualTo(2);
        assertThat(campLine.hasNonNull("total")).as("2 persons, under 3: suppressed").isFalse();
        assertThat(campLine.get("cells")).allSatisfy(cell -> assertThat(cell.isNull() || cell.asLong() == 0).isTrue());
        long total = exact.get("total").get("total").asLong();
        assertThat(controlled.get("total").get("total").asLong()).as("rounded from the exact total").isEqualTo(Math.round(total / 5.0) * 5);
        assertThat(controlled.get("total").get("total").asLong() % 5).isZero();
    }

    @Test
    void badInputSaysWhy_andOtherRolesAreRefused() {
        assertThat(problem(Api.get("supervisor", "reports/eurostat-tp?month=2026-13"))).contains("month").contains("2026-12");
        assertThat(problem(Api.get("supervisor", "reports/eurostat-tp?month=" + YearMonth.from(TODAY).plusMonths(1)))).contains("today");
        assertThat(problem(Api.get("supervisor", "reports/unhcr-population?date=" + TODAY.plusDays(2)))).contains("today");
        assertThat(problem(Api.get("supervisor", "reports/unhcr-population?roundTo=0"))).contains("roundTo").contains("100");
        assertThat(problem(Api.get("supervisor", "reports/unhcr-population?suppressUnder=few"))).contains("suppressUnder");
        assertThat(problem(Api.get("supervisor", "reports/eurostat-tp?format=csv&table=colour"))).contains("unaccompaniedMinors");
        HttpResponse<String> armenian = Api.send(Api.request("supervisor", "reports/eurostat-tp?month=13-2026").setHeader("Accept-Language", "hy").GET());
        assertThat(armenian.statusCode()).isEqualTo(400);
        assertThat(armenian.body()).contains("ամիս");
        for (String refused : List.of("registrar", "camp-manager", "social-worker", "police", "medical", "auditor")) {
            assertThat(Api.get(refused, "reports/unhcr-population").statusCode()).as(refused).isEqualTo(403);
            assertThat(Api.get(refused, "reports/eurostat-tp").statusCode()).as(refused).isEqualTo(403);
        }
    }

    private static String problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return response.body();
    }

    private static void granted(String number, String decree) {
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }

    private static JsonNode unhcr(String user, String query) {
        HttpResponse<String> response = Api.get(user, "reports/unhcr-population" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode eurostat(String user, String query) {
        HttpResponse<String> response = Api.get(user, "reports/eurostat-tp" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** {@code prefix} and the persons born on {@code births} per UNHCR age group today, youngest group first. */
    private static List<String> todaysAgeGroups(String prefix, LocalDate... births) {
        Map<String, Long> groups = new java.util.TreeMap<>(java.util.Comparator.comparing(AgeGroups.UNHCR.labels()::indexOf));
        for (LocalDate born : births) {
            groups.merge(AgeGroups.UNHCR.of(java.time.Period.between(born, LocalDate.now()).getYears()), 1L, Long::sum);
        }
        return groups.entrySet().stream().map(g -> prefix + g.getKey() + "=" + g.getValue()).toList();
    }

    private static JsonNode line(JsonNode table, String firstKey) {
        for (JsonNode line : table.get("lines")) {
            if (line.get("keys").get(0).asText().equals(firstKey)) {
                return line;
            }
        }
        throw new AssertionError("No line of " + firstKey);
    }

    /**
     * Every non-zero count of a table (the answer of unhcr-population, or one of Eurostat's tables) by
     * {@code keys|column}, the lines' totals as {@code keys|TOTAL} and the total line as {@code *|column}.
     */
    private static Map<String, Long> cells(JsonNode answer) {
        JsonNode table = answer.has("table") ? answer.get("table") : answer;
        Map<String, Long> cells = new HashMap<>();
        List<String> columns = strings(table.get("columns"));
        for (JsonNode line : table.get("lines")) {
            String keys = String.join("|", strings(line.get("keys")));
            put(cells, keys, columns, line);
        }
        put(cells, "*", columns, table.get("total"));
        return cells;
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void put(Map<String, Long> cells, String keys, List<String> columns, JsonNode line) {
        for (int i = 0; i < columns.size(); i++) {
            if (line.get("cells").get(i).asLong() != 0) {
                cells.put(keys + "|" + columns.get(i), line.get("cells").get(i).asLong());
            }
        }
        cells.put(keys + "|TOTAL", line.get("total").asLong());
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((key, count) -> {
            long moved = count - before.getOrDefault(key, 0L);
            if (moved != 0) {
                delta.put(key, moved);
            }
        });
        before.forEach((key, count) -> delta.putIfAbsent(key, after.containsKey(key) ? 0L : -count));
        delta.values().removeIf(moved -> moved == 0);
        return delta;
    }

    private static Map.Entry<String, Long> totalOf(String column, long count) {
        return Map.entry("*|" + column, count);
    }
}
