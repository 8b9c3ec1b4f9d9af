package org.refuge.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

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
import org.refuge.platform.security.Roles;
import org.refuge.reporting.domain.AgeGroups;
import org.refuge.reporting.domain.CrossTable;
import org.refuge.reporting.domain.Disclosure;

/**
 * Eurostat's monthly temporary-protection tables for one month (issue 13, item 2), one line per citizenship
 * ({@code STATELESS} apart), Eurostat's age classes:
 * <ul>
 * <li>decisions granting temporary protection in the month, by sex and age on the day of the decision;</li>
 * <li>persons benefiting from temporary protection at the end of the month (or today, for the running month), by sex
 *     and age on that day: valid from on or before it, until on or after it, not ended before;</li>
 * <li>protection ended in the month, by reason: terminated, ceased (ended by a decision that month) or expired (its
 *     validity ran out that month and was not extended);</li>
 * <li>decisions granting protection in the month to unaccompanied minors (UNHCR need SC-UC, under 18 on the day).</li>
 * </ul>
 * Persons are those registered in households not voided. National figures: supervisors and caseworkers.
 *
 * <p>Read from reporting's summary (V50): decisions and ends from {@code reporting_protection}, one row per day and
 * cell; the persons benefiting through {@link StockCounts} (as Refuge counted them at the end of the day). Only a day
 * before reporting kept its summary is counted from the providers' views ({@link DirectCounts#BENEFITING}).
 */
@Stateless
public class EurostatProtectionTables {

    /** Why protection ended, as the table's columns. */
    static final List<String> END_REASONS = List.of("TERMINATED", "CEASED", "EXPIRED");

    /** Eurostat's classes for minors. */
    static final List<String> MINOR_CLASSES = AgeGroups.EUROSTAT.labels().subList(0, 2);

    /** The summary's counted rows and the changes not yet added into them. */
    private static final String SUMMARY = "(SELECT * FROM reporting_protection WHERE kind = :kind AND day BETWEEN :first AND :last "
            + "UNION ALL SELECT * FROM reporting_protection_change WHERE kind = :kind AND day BETWEEN :first AND :last) e";

    static final String GRANTED_SUMMED = "SELECT e.citizenship, e.sex, e.age_group, e.minor_alone AS unaccompanied, sum(e.persons) AS persons FROM "
            + SUMMARY + " GROUP BY 1, 2, 3, 4 HAVING sum(e.persons) <> 0 ORDER BY 1, 2, 3, 4";

    static final String ENDED_SUMMED = "SELECT e.citizenship, e.reason, sum(e.persons) AS persons FROM " + SUMMARY
            + " WHERE e.reason <> 'EXPIRED' OR e.day < :today GROUP BY 1, 2 HAVING sum(e.persons) <> 0 ORDER BY 1, 2";

    @PersistenceContext
    EntityManager em;

    @Inject
    RefugeSettings settings;

    /** The four tables of {@code month} (this month when null); not for a month still to come. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Tables of(YearMonth month, @NotNull Disclosure disclosure) {
        ZoneId zone = settings.zone();
        LocalDate today = LocalDate.now(zone);
        YearMonth asked = month == null ? YearMonth.from(today) : month;
        if (asked.isAfter(YearMonth.from(today))) {
            throw Refusal.invalid("month", "refuge.report.future");
        }
        LocalDate last = asked.atEndOfMonth().isAfter(today) ? today : asked.atEndOfMonth();
        List<String> sexAge = SexAgeColumns.of(AgeGroups.EUROSTAT.labels());
        CrossTable.Builder granted = new CrossTable.Builder(List.of("citizenship"), sexAge);
        CrossTable.Builder minors = new CrossTable.Builder(List.of("citizenship"), SexAgeColumns.of(MINOR_CLASSES));
        for (Tuple r : summed(GRANTED_SUMMED, "GRANTED", asked).getResultList()) {
            List<String> citizenship = List.of(r.get("citizenship", String.class));
            List<String> in = SexAgeColumns.in(String.valueOf(r.get("sex")), r.get("age_group", String.class));
            long persons = SqlValues.count(r.get("persons"));
            granted.add(citizenship, in, persons);
            if (Boolean.TRUE.equals(r.get("unaccompanied", Boolean.class))) {
                minors.add(citizenship, in, persons);
            }
        }
        CrossTable.Builder benefiting = new CrossTable.Builder(List.of("citizenship"), sexAge);
        for (Tuple r : StockCounts.at(em, StockCounts.Kind.TP, last).orElseGet(() -> benefitingFromTheViews(last))) {
            benefiting.add(List.of(String.valueOf(r.get(0))), SexAgeColumns.in(String.valueOf(r.get(2)), String.valueOf(r.get(3))),
                    SqlValues.count(r.get(4)));
        }
        CrossTable.Builder ended = new CrossTable.Builder(List.of("citizenship"), END_REASONS);
        for (Tuple r : summed(ENDED_SUMMED, "ENDED", asked).setParameter("today", today).getResultList()) {
            ended.add(List.of(r.get("citizenship", String.class)), List.of(r.get("reason", String.class)), SqlValues.count(r.get("persons")));
        }
        return new Tables(asked.toString(), last, granted.build(disclosure), benefiting.build(disclosure), ended.build(disclosure),
                minors.build(disclosure));
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private List<Tuple> benefitingFromTheViews(LocalDate day) {
        StockCounts.countingFromTheViews(em);
        return rows(em.createNativeQuery(DirectCounts.BENEFITING_ROWS, Tuple.class).setParameter("day", day));
    }

    private jakarta.persistence.TypedQuery<Tuple> summed(String sql, String kind, YearMonth month) {
        @SuppressWarnings("unchecked")
        jakarta.persistence.TypedQuery<Tuple> query = (jakarta.persistence.TypedQuery<Tuple>) em.createNativeQuery(sql, Tuple.class);
        return query.setParameter("kind", kind).setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth());
    }

    /**
     * The month's tables; {@code benefitingOn} is the day the stock is counted on (the month's last day, or today).
     */
    public record Tables(String month, LocalDate benefitingOn, CrossTable granted, CrossTable benefiting, CrossTable ended,
                         CrossTable unaccompaniedMinors) {

        /** One of the four, as a query names it. */
        public CrossTable part(Part part) {
            return switch (part) {
                case GRANTED -> granted;
                case BENEFITING -> benefiting;
                case ENDED -> ended;
                case UNACCOMPANIED_MINORS -> unaccompaniedMinors;
            };
        }
    }

    /** The four tables by the names a query gives them (a file holds one of them). */
    public enum Part {
        GRANTED("granted"), BENEFITING("benefiting"), ENDED("ended"), UNACCOMPANIED_MINORS("unaccompaniedMinors");

        private final String parameter;

        Part(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** The table a query names ({@link #GRANTED} when it names none), or a 400 that lists the names. */
        public static Part named(String name) {
            if (name == null || name.isBlank()) {
                return GRANTED;
            }
            for (Part part : values()) {
                if (part.parameter.equalsIgnoreCase(name.strip())) {
                    return part;
                }
            }
            throw Refusal.invalid("table", "refuge.report.table", "granted, benefiting, ended, unaccompaniedMinors");
        }
    }
}
