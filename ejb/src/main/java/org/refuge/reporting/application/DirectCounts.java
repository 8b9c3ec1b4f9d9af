package org.refuge.reporting.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refuge.reporting.domain.AgeGroups;

/**
 * The dashboard's figures counted straight from the providers' views, as they were before reporting kept a summary:
 * the yardstick the summary must equal. Read by {@code ReportSummaryIT} and by the benchmark (which also times them);
 * never by a screen (they scan the registry: seconds at 5,000,000 persons). The dashboard's are JDBC statements with
 * {@code ?} parameters; the statistics' have named parameters ({@code :day}), as the ready tables also count a day
 * before reporting kept its summary with them.
 */
public final class DirectCounts {

    /** Households, persons, protected and documented persons and the oldest waiting, per BCP, camp and stage. */
    public static final String STAGES = """
            SELECT h.site_code AS bcp, c.camp_code AS camp, reporting_stage(h.status, c.stage, s.screened_at) AS stage,
                   count(*) AS households, sum(h.persons) AS persons,
                   coalesce(sum(p.protected_persons), 0) AS protected, coalesce(sum(p.documented_persons), 0) AS documented,
                   min(reporting_stage_since(c.stage, c.since, s.screened_at, h.registered_at)) AS oldest
            FROM registration_report_household h
            LEFT JOIN camps_report_household c ON c.household_id = h.household_id
            LEFT JOIN screening_report_household s ON s.household_id = h.household_id
            LEFT JOIN protection_report_household p ON p.household_id = h.household_id
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";

    /**
     * Households and persons arrived per day (in a zone) and BCP, all and registered, voided left out. Parameters:
     * zone, first day (yyyy-MM-dd), zone, last day, zone.
     */
    public static final String ARRIVALS = """
            SELECT CAST(h.arrived_at AT TIME ZONE ? AS date) AS day, h.site_code AS bcp, count(*) AS households, sum(h.persons) AS persons,
                   count(*) FILTER (WHERE h.status = 'REGISTERED') AS registered_households,
                   coalesce(sum(h.persons) FILTER (WHERE h.status = 'REGISTERED'), 0) AS registered_persons
            FROM registration_report_household h
            WHERE h.status <> 'VOIDED' AND h.arrived_at >= CAST(CAST(? AS date) AS timestamp) AT TIME ZONE ?
              AND h.arrived_at < CAST(CAST(? AS date) + 1 AS timestamp) AT TIME ZONE ?
            GROUP BY 1, 2 ORDER BY 1, 2""";

    /**
     * Persons per need category. Parameters: whether sensitive categories count, whether every camp counts, else the
     * one camp whose households count.
     */
    public static final String NEEDS = """
            SELECT n.category, count(DISTINCT n.person_id) AS persons
            FROM registration_report_need n
            LEFT JOIN camps_report_household c ON c.household_id = n.household_id
            WHERE (? OR NOT n.sensitive) AND (? OR c.camp_code = ?)
            GROUP BY n.category ORDER BY persons DESC, n.category""";

    /**
     * Persons and households by sex, UNHCR age group on {@code :day} and citizenship, all arrived (the population
     * breakdown by sex, ageGroup, citizenship with no period).
     */
    public static final String POPULATION = "SELECT p.sex, " + AgeGroups.UNHCR.sql("CAST(extract(year FROM age(CAST(:day AS date), p.birth_date)) AS integer)")
            + " AS age_group, p.citizenship, count(*) AS persons, count(DISTINCT p.household_id) AS households "
            + "FROM registration_report_person p GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

    /** Where each registered person lived at the end of {@code :day} ({@code :end} is its end) and their age then. */
    static final String LOCATED = """
            SELECT coalesce(st.camp_code, p.site_code) AS location,
                   CASE WHEN st.camp_code IS NOT NULL THEN 'CAMP' WHEN pa.household_id IS NOT NULL THEN 'PRIVATE' ELSE 'OTHER' END AS accommodation,
                   p.sex,
                   CAST(extract(year FROM age(CAST(:day AS date), p.birth_date)) AS integer) AS age
            FROM registration_report_person p
            LEFT JOIN LATERAL (SELECT s.camp_code FROM camps_report_stay s
                               WHERE s.person_id = p.person_id AND s.checked_in_at < :end AND (s.ended_at IS NULL OR s.ended_at >= :end)
                               ORDER BY s.checked_in_at DESC LIMIT 1) st ON true
            LEFT JOIN camps_report_private pa ON pa.household_id = p.household_id AND pa.recorded_at < :end
            WHERE p.arrived_at < :end AND p.birth_date <= :day""";

    /** The UNHCR population table at the end of {@code :day}: location, accommodation, sex, age group, persons. */
    public static final String UNHCR = "SELECT location, accommodation, sex, " + AgeGroups.UNHCR.sql("age") + " AS age_group, count(*) AS persons "
            + "FROM (" + LOCATED + ") located GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";

    private static final String PERSON_AGE = "CAST(extract(year FROM age(%s, p.birth_date)) AS integer)";

    /** Decisions granting protection from {@code :start} to before {@code :end}, by citizenship, sex, age class then (in {@code :zone}). */
    public static final String GRANTED = "SELECT p.citizenship, p.sex, "
            + AgeGroups.EUROSTAT.sql(PERSON_AGE.formatted("CAST(timezone(:zone, g.granted_at) AS date)")) + " AS age_group, "
            + PERSON_AGE.formatted("CAST(timezone(:zone, g.granted_at) AS date)") + " < 18 AND p.unaccompanied AS unaccompanied, "
            + "count(*) AS persons FROM protection_report_grant g JOIN registration_report_person p ON p.person_id = g.person_id "
            + "WHERE g.granted_at >= :start AND g.granted_at < :end GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";

    /** Persons benefiting from temporary protection on {@code :day}, by citizenship, sex and age class that day. */
    public static final String BENEFITING = "SELECT p.citizenship, p.sex, " + AgeGroups.EUROSTAT.sql(PERSON_AGE.formatted("CAST(:day AS date)"))
            + " AS age_group, count(*) AS persons FROM protection_report_status s JOIN registration_report_person p ON p.person_id = s.person_id "
            + "WHERE s.valid_from <= :day AND s.valid_until >= :day AND (s.ended_on IS NULL OR s.ended_on > :day) "
            + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

    /** {@link #BENEFITING} in the columns of the summary's stock tables (line, accommodation, sex, age group, persons). */
    static final String BENEFITING_ROWS = "SELECT b.citizenship, '', b.sex, b.age_group, b.persons FROM (" + BENEFITING + ") b";

    /** Protection ended from {@code :first} to {@code :last} by citizenship and reason ({@code :today} for expiry). */
    public static final String ENDED = """
            SELECT p.citizenship,
                   CASE WHEN s.status IN ('TERMINATED', 'CEASED') THEN s.status ELSE 'EXPIRED' END AS reason,
                   count(*) AS persons
            FROM protection_report_status s JOIN registration_report_person p ON p.person_id = s.person_id
            WHERE (s.status IN ('TERMINATED', 'CEASED') AND s.ended_on BETWEEN :first AND :last)
               OR (s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until BETWEEN :first AND :last AND s.valid_until < :today)
            GROUP BY 1, 2 ORDER BY 1, 2""";

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    private DirectCounts() {
    }

    /**
     * A ready table's cells from a direct count's rows ({@link #UNHCR}, {@link #BENEFITING}): its first {@code keys}
     * columns name the line, then sex, age group and persons; persons of another sex than F or M count in
     * {@code X/TOTAL}. Non-zero cells by {@code keys|column}, the sexes' totals left out.
     */
    public static java.util.SortedMap<String, Long> sexAgeCells(List<String> rows, int keys) {
        java.util.SortedMap<String, Long> cells = new java.util.TreeMap<>();
        for (String row : rows) {
            List<String> columns = List.of(row.split(" "));
            String sex = columns.get(keys);
            String column = List.of("F", "M").contains(sex) ? sex + "/" + columns.get(keys + 1) : "X/TOTAL";
            cells.merge(String.join("|", columns.subList(0, keys)) + "|" + column, Long.parseLong(columns.get(columns.size() - 1)), Long::sum);
        }
        cells.values().removeIf(count -> count == 0);
        return cells;
    }

    /** Runs one of the counts with named parameters over JDBC: each row as its columns' text joined by spaces. */
    public static List<String> rows(Connection db, String sql, Map<String, Object> values)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (named.find()) {
            if (!values.containsKey(named.group(1))) {
                throw new IllegalArgumentException("No value for :" + named.group(1));
            }
            parameters.add(values.get(named.group(1)));
            named.appendReplacement(jdbc, "?");
        }
        named.appendTail(jdbc);
        List<String> rows = new ArrayList<>();
        try (var query = db.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (var r = query.executeQuery()) {
                while (r.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                        columns.add(String.valueOf(r.getObject(c)));
                    }
                    rows.add(String.join(" ", columns));
                }
            }
        }
        return rows;
    }
}
