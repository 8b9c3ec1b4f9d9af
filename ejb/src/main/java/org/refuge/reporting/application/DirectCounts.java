package org.refuge.reporting.application;

/**
 * The dashboard's figures counted straight from the providers' views, as they were before reporting kept a summary:
 * the yardstick the summary must equal. Read by {@code ReportSummaryIT} and by the benchmark (which also times them);
 * never by a screen (they scan the registry: seconds at 5,000,000 persons). JDBC statements, {@code ?} parameters.
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

    private DirectCounts() {
    }
}
