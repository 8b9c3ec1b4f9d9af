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
 * month), for the households that arrived in a period, as they are today. Persons are those registered one by one (a
 * pre-registered household's declared persons have no sex or age of their own); voided households and merged or voided
 * persons are not counted. With the need dimension a person counts in each of their categories ({@code NONE} without
 * one), and sensitive categories only for their readers. Ages are today's.
 *
 * <p>Read from reporting's summary (V50, {@code reporting_population}): one row per arrival day, BCP, camp, stage
 * and cell of the grouping set the dimensions ask for, so a breakdown sums a few thousand rows whatever the size of
 * the registry, and a household counts once in each cell one of its members is in.
 */
@Stateless
public class PopulationFigures {

    /** What a count can be broken down by; each names the SQL expression of its value. */
    public enum Dimension {
        SEX("sex", "d.sex", 8),
        AGE_GROUP("ageGroup", "d.age_group", 4),
        CITIZENSHIP("citizenship", "d.citizenship", 2),
        NEED("need", "d.need", 1),
        SITE("site", "d.bcp", 0),
        CAMP("camp", "coalesce(d.camp, '')", 0),
        STAGE("stage", "d.stage", 0),
        ARRIVAL_DAY("arrivalDay", "to_char(d.arrival_day, 'YYYY-MM-DD')", 0),
        ARRIVAL_WEEK("arrivalWeek", "to_char(d.arrival_day, 'IYYY-\"W\"IW')", 0),
        ARRIVAL_MONTH("arrivalMonth", "to_char(d.arrival_day, 'YYYY-MM')", 0);

        private final String parameter;
        private final String expression;
        /** Its bit in the summary's {@code grouped} (as GROUPING(sex, age_group, citizenship, need)); 0 when a household's. */
        private final int bit;

        Dimension(String parameter, String expression, int bit) {
            this.parameter = parameter;
            this.expression = expression;
            this.bit = bit;
        }

        /** The grouping set of the summary that holds a breakdown by {@code dims}: the persons' dimensions not asked for. */
        static int grouped(List<Dimension> dims) {
            return 15 - dims.stream().mapToInt(d -> d.bit).sum();
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
        em.createNativeQuery("SELECT reporting_recheck()").getSingleResult(); // today's ages
        for (Tuple r : rows(dims, since, until)) {
            Map<String, String> keys = new LinkedHashMap<>();
            dims.forEach(d -> keys.put(d.parameter(), String.valueOf(r.get(d.name().toLowerCase(Locale.ROOT)))));
            rows.add(new Row(keys, SqlValues.count(r.get("persons")), SqlValues.count(r.get("households"))));
        }
        Tuple total = rows(List.of(), since, until).get(0);
        return new Table(dims.stream().map(Dimension::parameter).toList(), since, until, List.copyOf(rows),
                SqlValues.count(total.get("persons")), SqlValues.count(total.get("households")));
    }

    /** The counts grouped by {@code dims} (one row without), in the order of their values. */
    private List<Tuple> rows(List<Dimension> dims, LocalDate since, LocalDate until) {
        StringBuilder sql = new StringBuilder("SELECT ");
        dims.forEach(d -> sql.append(d.expression).append(" AS ").append(d.name().toLowerCase(Locale.ROOT)).append(", "));
        sql.append("sum(d.persons) AS persons, sum(d.households) AS households FROM (")
                .append("SELECT * FROM reporting_population WHERE grouped = :grouped AND arrival_day BETWEEN :from AND :until UNION ALL ")
                .append("SELECT * FROM reporting_population_change WHERE grouped = :grouped AND arrival_day BETWEEN :from AND :until) d")
                .append(" WHERE (d.sensitive_too IS NULL OR d.sensitive_too = :sensitiveToo) AND (:all OR d.camp IN (:sites))");
        if (!dims.isEmpty()) {
            String positions = String.join(", ", java.util.stream.IntStream.rangeClosed(1, dims.size()).mapToObj(String::valueOf).toList());
            // age groups in the order of age, every other value in its own order
            String order = String.join(", ", java.util.stream.IntStream.range(0, dims.size())
                    .mapToObj(i -> dims.get(i) == Dimension.AGE_GROUP ? AGE_ORDER : String.valueOf(i + 1)).toList());
            sql.append(" GROUP BY ").append(positions).append(" HAVING sum(d.persons) <> 0 OR sum(d.households) <> 0 ORDER BY ").append(order);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql.toString(), Tuple.class)
                .setParameter("grouped", Dimension.grouped(dims))
                .setParameter("from", since).setParameter("until", until)
                .setParameter("sensitiveToo", Sensitivity.SENSITIVE_NEEDS.readableBy(currentUser.actingRoles()))
                .setParameter("all", currentUser.seesAllSites())
                .setParameter("sites", currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites()))
                .getResultList();
        return rows;
    }

    /** The summary's age groups in the order of age. */
    private static final String AGE_ORDER = "array_position(ARRAY['" + String.join("', '", AgeGroups.UNHCR.labels()) + "'], d.age_group)";
}
