package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.refuge.reporting.application.DirectCounts;

/**
 * Reporting's summary (issue 13, item 5) says what the published views say: after a scripted mix of pre-registrations,
 * a registration with needs, a void, screenings, a private address, an allocation, a transfer with check-in, a
 * check-out and a grant of protection with a handed-over card, every stage cell (with the oldest of each queue), every
 * day of arrivals and every needs category the REST API answers from the summary, and every cell of the population
 * breakdown, of today's UNHCR table and of this month's Eurostat tables (the persons' summary, V50), equals a count
 * made directly over the views (V43-V47) at the same moment; and recomputing the whole summary from the views (both
 * backfills) changes none of them.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSummaryIT {

    /** The demo social worker's camp: they see the needs of its households, sensitive ones too. */
    static final String SOCIAL_WORKERS_CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void everyFigureOfTheSummary_equalsADirectCountOverTheViews_afterAMixOfEverythingThatMovesThem() throws SQLException {
        script();
        assertFiguresEqualDirectCounts();
        assertStatisticsEqualDirectCounts();
        try (Connection db = TestDatabase.connect(); var recheck = db.createStatement()) {
            // every person due for a recount at once (as on a day of many birthdays): counted again, nothing drifts
            recheck.execute("UPDATE reporting_person SET recheck_on = reporting_today()");
            try (ResultSet r = recheck.executeQuery("SELECT reporting_recheck()")) {
                assertThat(r.next() && r.getInt(1) > 0).as("households counted again").isTrue();
            }
        }
        assertStatisticsEqualDirectCounts();
        try (Connection db = TestDatabase.connect(); var backfill = db.createStatement()) {
            backfill.execute("SELECT reporting_backfill()");
            backfill.execute("SELECT reporting_person_backfill()");
        }
        assertFiguresEqualDirectCounts();
        assertStatisticsEqualDirectCounts();
    }

    @Test
    void aPersonIsCountedAgainOnTheDayTheyEnterAnotherAgeGroup() throws SQLException {
        try (Connection db = TestDatabase.connect(); var query = db.createStatement();
             ResultSet r = query.executeQuery("SELECT reporting_next_birthday_group('2000-02-29', '2005-02-27'), "
                     + "reporting_next_birthday_group('2000-02-29', '2005-03-01'), reporting_next_birthday_group('2008-12-06', '2026-12-05'), "
                     + "reporting_next_birthday_group('1950-01-01', '2026-12-06'), reporting_unhcr_group(reporting_age('2008-12-06', '2026-12-05')), "
                     + "reporting_unhcr_group(reporting_age('2008-12-06', '2026-12-06')), reporting_eurostat_group(reporting_age('1991-12-07', '2026-12-06'))")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("born on 29 February: five on 1 March in a common year").isEqualTo("2005-03-01");
            assertThat(r.getString(2)).as("then twelve").isEqualTo("2012-02-29");
            assertThat(r.getString(3)).as("eighteen tomorrow").isEqualTo("2026-12-06");
            assertThat(r.getString(4)).as("past every boundary").isNull();
            assertThat(List.of(r.getString(5), r.getString(6), r.getString(7))).containsExactly("12-17", "18-59", "18-34");
        }
    }

    private static void script() {
        Api.preRegister("registrar", "Gayane Avetisyan", 1, 1, 1, 0);
        String withNeeds = Api.preRegister("registrar", "Nune Hovhannisyan", 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + withNeeds + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\"Nune\","
                + "\"familyName\":\"Hovhannisyan\",\"sex\":\"F\",\"birthDate\":\"1985-02-03\",\"birthPrecision\":\"EXACT\","
                + "\"needs\":[\"SV-VA\",\"DS-PM\",\"DS-SD\"]}").statusCode()).isEqualTo(201);
        Api.member(withNeeds, "CHILD", "Arev", "Hovhannisyan", "F", "2019-04-05");
        Api.medical(withNeeds, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(withNeeds);
        Api.openCamp("camp-manager", SOCIAL_WORKERS_CAMP);
        allocate(SOCIAL_WORKERS_CAMP, withNeeds);
        String voided = Api.preRegister("registrar", "Tigran Vardanyan", 2, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + voided + "/void", "{\"reason\":\"registered twice\"}").statusCode()).isEqualTo(200);

        Api.screenedHousehold(1, 2, false);
        String privately = Api.screenedHousehold(2, 0, false);
        assertThat(Api.post("registrar", "allocations/" + privately + "/private-address",
                "{\"address\":\"Gyumri, Rizhkov 4\",\"phone\":\"+374 312 55555\",\"hostName\":\"Karen Mkrtchyan\"}").statusCode()).isEqualTo(204);

        String decree = Api.decree("TP-SUMMARY " + UUID.randomUUID().toString().substring(0, 8));
        String granted = Api.preRegister("registrar", "Samira Nasser", 1, 1, 0, 0);
        Api.member(granted, "HEAD", "Samira", "Nasser", "F", "1992-08-09");
        Api.member(granted, "SPOUSE", "Yusuf", "Nasser", "M", "1990-01-12");
        Api.medical(granted, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(granted);
        assertThat(Api.post("caseworker", "protection/households/" + granted + "/grant", "{\"decreeId\":\"" + decree + "\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + granted, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        assertThat(Api.printAndHandOver(json(produced).get(0).get("id").asText(), "Samira Nasser").statusCode()).isEqualTo(204);

        String camp = Api.newCamp(4, 10);
        allocate(camp, Api.screenedHousehold(2, 1, false));
        String travelling = allocate(camp, Api.screenedHousehold(1, 0, false));
        depart(camp, travelling);
        String leaving = allocate(camp, Api.screenedHousehold(2, 0, false));
        arrive(depart(camp, leaving));
        String staying = allocate(camp, Api.screenedHousehold(1, 1, false));
        arrive(depart(camp, staying));
        List<String> leavingStays = new ArrayList<>();
        for (String number : List.of(leaving, staying)) {
            JsonNode households = json(Api.get("supervisor", "camps/" + camp + "/residents?household=" + number)).get("items");
            assertThat(households).hasSize(1);
            for (JsonNode person : households.get(0).get("persons")) {
                assertThat(Api.post("supervisor", "stays/" + person.get("stayId").asText() + "/check-in", "").statusCode()).isEqualTo(204);
                if (number.equals(leaving)) {
                    leavingStays.add("\"" + person.get("stayId").asText() + "\"");
                }
            }
        }
        HttpResponse<String> out = Api.post("supervisor", "camps/" + camp + "/households/" + leaving + "/check-out", "{\"stays\":"
                + leavingStays + ",\"reason\":\"ONWARD_MOVEMENT\",\"day\":\"" + LocalDate.now() + "\"}");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(204);
    }

    private static void assertFiguresEqualDirectCounts() throws SQLException {
        JsonNode stages = ok(Api.get("supervisor", "reports/stages"));
        JsonNode arrivals = ok(Api.get("supervisor", "reports/arrivals"));
        JsonNode supervisorNeeds = ok(Api.get("supervisor", "reports/needs"));
        JsonNode socialWorkerNeeds = ok(Api.get("social-worker", "reports/needs"));
        try (Connection db = TestDatabase.connect()) {
            List<String> direct = new ArrayList<>();
            try (var query = db.prepareStatement(DirectCounts.STAGES); ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    boolean queue = List.of("PRE_REGISTERED", "REGISTERED", "WAITING_FOR_BED", "ALLOCATED", "IN_TRANSIT").contains(r.getString("stage"));
                    direct.add(String.join(" ", r.getString("bcp"), String.valueOf(r.getString("camp")), r.getString("stage"),
                            r.getString("households"), r.getString("persons"), r.getString("protected"), r.getString("documented"),
                            queue ? String.valueOf(r.getObject("oldest", java.time.OffsetDateTime.class).toInstant()) : "-"));
                }
            }
            List<String> summary = new ArrayList<>();
            for (JsonNode c : stages.get("cells")) {
                summary.add(String.join(" ", c.get("bcp").asText(), c.hasNonNull("camp") ? c.get("camp").asText() : "null",
                        c.get("stage").asText(), c.get("households").asText(), c.get("persons").asText(), c.get("protectedPersons").asText(),
                        c.get("documentedPersons").asText(), c.hasNonNull("oldestSince") ? Instant.parse(c.get("oldestSince").asText()).toString() : "-"));
            }
            assertThat(summary).as("stage cells: summary vs direct count").containsExactlyElementsOf(direct);
            assertThat(summary).anySatisfy(c -> assertThat(c).contains(" LEFT ")).anySatisfy(c -> assertThat(c).contains(" IN_TRANSIT "))
                    .anySatisfy(c -> assertThat(c).contains(" PRIVATE_ADDRESS ")).anySatisfy(c -> assertThat(c).contains(" VOIDED "));

            String zone = System.getenv().getOrDefault("REFUGE_TIME_ZONE", "Asia/Yerevan");
            List<String> directDays = new ArrayList<>();
            try (var query = db.prepareStatement(DirectCounts.ARRIVALS)) {
                query.setString(1, zone);
                query.setString(2, arrivals.get("from").asText());
                query.setString(3, zone);
                query.setString(4, arrivals.get("to").asText());
                query.setString(5, zone);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        directDays.add(String.join(" ", r.getString("day"), r.getString("bcp"), r.getString("households"), r.getString("persons"),
                                r.getString("registered_households"), r.getString("registered_persons")));
                    }
                }
            }
            List<String> summaryDays = new ArrayList<>();
            for (JsonNode d : arrivals.get("days")) {
                summaryDays.add(String.join(" ", d.get("day").asText(), d.get("bcp").asText(), d.get("households").asText(),
                        d.get("persons").asText(), d.get("registeredHouseholds").asText(), d.get("registeredPersons").asText()));
            }
            assertThat(summaryDays).as("arrivals: summary vs direct count").isNotEmpty().containsExactlyElementsOf(directDays);

            assertThat(categories(socialWorkerNeeds)).as("needs in the social worker's camp").isEqualTo(directNeeds(db, true, false))
                    .anySatisfy(c -> assertThat(c).startsWith("SV="));
            assertThat(categories(supervisorNeeds)).as("needs everywhere").isEqualTo(directNeeds(db, false, true))
                    .anySatisfy(c -> assertThat(c).startsWith("DS=")).noneSatisfy(c -> assertThat(c).startsWith("SV="));
        }
    }

    /**
     * The population breakdown, today's UNHCR table and this month's Eurostat tables (from the persons' summary, V50)
     * equal the same figures counted over the views ({@link DirectCounts}): every cell, none left out.
     */
    private static void assertStatisticsEqualDirectCounts() throws SQLException {
        ZoneId zone = ZoneId.of(System.getenv().getOrDefault("REFUGE_TIME_ZONE", "Asia/Yerevan"));
        LocalDate today = LocalDate.now(zone);
        YearMonth month = YearMonth.from(today);
        JsonNode population = ok(Api.get("supervisor", "reports/population?by=sex,ageGroup,citizenship"));
        JsonNode unhcr = ok(Api.get("supervisor", "reports/unhcr-population")).get("table");
        JsonNode eurostat = ok(Api.get("caseworker", "reports/eurostat-tp"));
        try (Connection db = TestDatabase.connect()) {
            List<String> answered = new ArrayList<>();
            population.get("rows").forEach(r -> answered.add(String.join(" ", r.get("keys").get("sex").asText(), r.get("keys").get("ageGroup").asText(),
                    r.get("keys").get("citizenship").asText(), r.get("persons").asText(), r.get("households").asText())));
            assertThat(answered).as("population by sex, age group and citizenship").isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(DirectCounts.rows(db, DirectCounts.POPULATION, Map.of("day", today)));

            OffsetDateTime end = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            assertThat(sexAgeCells(unhcr, 2)).as("UNHCR population table today").isNotEmpty()
                    .isEqualTo(DirectCounts.sexAgeCells(DirectCounts.rows(db, DirectCounts.UNHCR, Map.of("day", today, "end", end)), 2));

            Map<String, Object> inMonth = Map.of("zone", zone.getId(), "start", month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                    "end", month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
            List<String> granted = DirectCounts.rows(db, DirectCounts.GRANTED, inMonth);
            assertThat(sexAgeCells(eurostat.get("granted"), 1)).as("granted this month").isNotEmpty()
                    .isEqualTo(DirectCounts.sexAgeCells(granted.stream().map(r -> r.substring(0, r.lastIndexOf(' ', r.lastIndexOf(' ') - 1))
                            + r.substring(r.lastIndexOf(' '))).toList(), 1));
            assertThat(sexAgeCells(eurostat.get("unaccompaniedMinors"), 1)).as("granted to unaccompanied minors this month")
                    .isEqualTo(DirectCounts.sexAgeCells(granted.stream().filter(r -> r.contains(" true ")).map(r -> r.replace(" true ", " ")).toList(), 1));
            assertThat(sexAgeCells(eurostat.get("benefiting"), 1)).as("benefiting today").isNotEmpty()
                    .isEqualTo(DirectCounts.sexAgeCells(DirectCounts.rows(db, DirectCounts.BENEFITING, Map.of("day", today)), 1));
            Map<String, Long> ended = new java.util.TreeMap<>();
            DirectCounts.rows(db, DirectCounts.ENDED, Map.of("first", month.atDay(1), "last", month.atEndOfMonth(), "today", today))
                    .forEach(r -> ended.put(r.substring(0, r.lastIndexOf(' ')).replace(' ', '|'), Long.parseLong(r.substring(r.lastIndexOf(' ') + 1))));
            assertThat(sexAgeCells(eurostat.get("ended"), 1)).as("ended this month").isEqualTo(ended);
        }
    }

    /**
     * A ready table's non-zero cells but the sexes' totals, by {@code keys|column} (its first {@code keys} columns
     * name the line).
     */
    private static Map<String, Long> sexAgeCells(JsonNode table, int keys) {
        Map<String, Long> cells = new java.util.TreeMap<>();
        List<String> columns = new ArrayList<>();
        table.get("columns").forEach(c -> columns.add(c.asText()));
        for (JsonNode line : table.get("lines")) {
            List<String> key = new ArrayList<>();
            line.get("keys").forEach(k -> key.add(k.asText()));
            for (int i = 0; i < columns.size(); i++) {
                long count = line.get("cells").get(i).asLong();
                if (count != 0 && !columns.get(i).matches("[FM]/TOTAL")) {
                    cells.put(String.join("|", key.subList(0, keys)) + "|" + columns.get(i), count);
                }
            }
        }
        return cells;
    }

    private static List<String> directNeeds(Connection db, boolean sensitiveToo, boolean everywhere) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var query = db.prepareStatement(DirectCounts.NEEDS)) {
            query.setBoolean(1, sensitiveToo);
            query.setBoolean(2, everywhere);
            query.setString(3, SOCIAL_WORKERS_CAMP);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString("category") + "=" + r.getLong("persons"));
                }
            }
        }
        return rows;
    }

    private static List<String> categories(JsonNode needs) {
        List<String> rows = new ArrayList<>();
        needs.forEach(c -> rows.add(c.get("category").asText() + "=" + c.get("persons").asLong()));
        return rows;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String allocate(String camp, String number) {
        HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        return number;
    }

    /** The household's transfer, departed with it on board; the manifest's id. */
    private static String depart(String camp, String number) {
        HttpResponse<String> created = Api.post("supervisor", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus 36 AB 123\",\"driver\":\"S. Grigoryan\","
                + "\"departure\":\"" + LocalDateTime.now().withNano(0) + "\",\"households\":[\"" + number + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String manifest = json(created).get("id").asText();
        assertThat(json(Api.post("supervisor", "manifests/" + manifest + "/departure", "{\"boarded\":[\"" + number + "\"]}"))
                .get("status").asText()).isEqualTo("DEPARTED");
        return manifest;
    }

    private static void arrive(String manifest) {
        assertThat(json(Api.post("supervisor", "manifests/" + manifest + "/arrival", "")).get("status").asText()).isEqualTo("ARRIVED");
    }
}
