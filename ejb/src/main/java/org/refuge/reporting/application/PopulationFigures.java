package org.refuge.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.Sensitivity;
import org.refuge.reporting.domain.AgeGroups;

/**
 * Statistics of the registered population (issue 13, item 2): persons and households counted by any combination of
 * sex, UNHCR age group, citizenship, specific-need category, BCP, camp, stage and period of arrival (day, ISO week,
 * month), for the households that arrived in a period. Persons are those registered one by one (a pre-registered household's declared persons have no sex or age
 * of their own); voided households and merged or voided persons are not counted. With the need dimension a person
 * counts in each of their categories ({@code NONE} without one), and sensitive categories only for their readers.
 * Ages are taken on the last day of the period, or today when the period ends later.
 */
@Stateless
public class PopulationFigures {

    /** What a count can be broken down by; each names the SQL expression of its value. */
    public enum Dimension {
        SEX("sex", "p.sex"),
        AGE_GROUP("ageGroup", AgeGroups.UNHCR.sql("age")),
        CITIZENSHIP("citizenship", "p.citizenship"),
        NEED("need", "coalesce(n.category, 'NONE')"),
        SITE("site", "p.site_code"),
        CAMP("camp", "coalesce(c.camp_code, '')"),
        STAGE("stage", StageFigures.STAGE),
        ARRIVAL_DAY("arrivalDay", "to_char(timezone(:zone, p.arrived_at), 'YYYY-MM-DD')"),
        ARRIVAL_WEEK("arrivalWeek", "to_char(timezone(:zone, p.arrived_at), 'IYYY-\"W\"IW')"),
        ARRIVAL_MONTH("arrivalMonth", "to_char(timezone(:zone, p.arrived_at), 'YYYY-MM')");

        private final String parameter;
        private final String expression;

        Dimension(String parameter, String expression) {
            this.parameter = parameter;
            this.expression = expression;
        }

        /** Whether it breaks down by the period of arrival (day, ISO week such as 2026-W49, month). */
        boolean byArrival() {
            return name().startsWith("ARRIVAL_");
        }

        /** The name a query parameter gives it ({@code ageGroup}). */
        public String parameter() {
            return parameter;
        }

        /** The dimension a query names, or a 400 that lists the names. */
        public static Dimension named(String name) {
            for (Dimension d : values()) {
                if (d.parameter.equalsIgnoreCase(name.strip())) {
                    return d;
                }
            }
            throw Refusal.invalid("by", "refuge.report.dimension", String.join(", ", names()));
        }

        static List<String> names() {
            return java.util.Arrays.stream(values()).map(Dimension::parameter).toList();
        }
    }

    /** One combination of the dimensions' values (in the order asked) and its counts. */
    public record Row(Map<String, String> keys, long persons, long households) {
    }

    /** Where a period without a start starts: before any emergency Refuge was used in. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The rows of a breakdown, and the totals over the period (persons once each, whatever the need dimension says). */
    public record Table(List<String> by, LocalDate from, LocalDate to, List<Row> rows, long persons, long households) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RefugeSettings settings;

    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Table count(@NotNull List<Dimension> by, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(settings.zone());
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? EARLIEST : from;
        if (until.isBefore(since)) {
            throw Refusal.invalid("to", "refuge.report.period.order");
        }
        List<Dimension> dims = by.stream().distinct().toList();
        List<Row> rows = new ArrayList<>();
        for (Tuple r : rows(dims, since, until, today)) {
            Map<String, String> keys = new LinkedHashMap<>();
            dims.forEach(d -> keys.put(d.parameter(), String.valueOf(r.get(d.name().toLowerCase(Locale.ROOT)))));
            rows.add(new Row(keys, SqlValues.count(r.get("persons")), SqlValues.count(r.get("households"))));
        }
        Tuple total = rows(List.of(), since, until, today).get(0);
        return new Table(dims.stream().map(Dimension::parameter).toList(), since, until, List.copyOf(rows),
                SqlValues.count(total.get("persons")), SqlValues.count(total.get("households")));
    }

    /** The counts grouped by {@code dims} (one row without), in the order of their values. */
    private List<Tuple> rows(List<Dimension> dims, LocalDate since, LocalDate until, LocalDate today) {
        StringBuilder sql = new StringBuilder("SELECT ");
        dims.forEach(d -> sql.append(d.expression).append(" AS ").append(d.name().toLowerCase(Locale.ROOT)).append(", "));
        sql.append("count(DISTINCT p.person_id) AS persons, count(DISTINCT p.household_id) AS households FROM (")
                .append("SELECT p.*, CAST(extract(year FROM age(CAST(:ref AS date), p.birth_date)) AS integer) AS age")
                .append(" FROM registration_report_person p WHERE p.arrived_at >= :from AND p.arrived_at < :until) p")
                // STAGE_SOURCES starts from registration's households ("h"), joined to the person's household
                .append(" JOIN (").append(StageFigures.STAGE_SOURCES.replace('\n', ' ')).append(") ON h.household_id = p.household_id");
        if (dims.contains(Dimension.NEED)) {
            sql.append(" LEFT JOIN registration_report_need n ON n.person_id = p.person_id AND (:sensitiveToo OR NOT n.sensitive)");
        }
        sql.append(" WHERE (:all OR c.camp_code IN (:sites))");
        if (!dims.isEmpty()) {
            String positions = String.join(", ", java.util.stream.IntStream.rangeClosed(1, dims.size()).mapToObj(String::valueOf).toList());
            // age groups in the order of age, every other value in its own order
            String order = String.join(", ", java.util.stream.IntStream.range(0, dims.size())
                    .mapToObj(i -> dims.get(i) == Dimension.AGE_GROUP ? "min(age)" : String.valueOf(i + 1)).toList());
            sql.append(" GROUP BY ").append(positions).append(" ORDER BY ").append(order);
        }
        var zone = settings.zone();
        var query = em.createNativeQuery(sql.toString(), Tuple.class).setParameter("ref", until.isAfter(today) ? today : until)
                .setParameter("from", since.atStartOfDay(zone).toInstant())
                .setParameter("until", until.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("all", currentUser.seesAllSites())
                .setParameter("sites", currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites()));
        if (dims.stream().anyMatch(Dimension::byArrival)) {
            query.setParameter("zone", zone.getId());
        }
        if (dims.contains(Dimension.NEED)) {
            query.setParameter("sensitiveToo", Sensitivity.SENSITIVE_NEEDS.readableBy(currentUser.actingRoles()));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows;
    }
}
