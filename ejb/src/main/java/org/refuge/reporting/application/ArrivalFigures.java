package org.refuge.reporting.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;

/**
 * Arrivals per day and BCP, and how many of those households are registered one by one by now: the daily figure an
 * emergency is run on. Days are the days of the service's time zone; voided households are not counted. Read from
 * reporting's summary (V48), kept from registration's published view (V43).
 */
@Stateless
public class ArrivalFigures {

    /** The longest period asked for at once. */
    public static final int MAX_DAYS = 366;

    /** The period shown when none is asked for: today and the 13 days before. */
    public static final int DEFAULT_DAYS = 14;

    /**
     * From reporting's summary (V48): arrivals are kept per 15-minute slot and BCP as change rows, so a day of any
     * time zone is a whole number of slots and a year is read in a few thousand rows, whatever the registry's size.
     */
    static final String DAYS = """
            SELECT CAST(d.slot AT TIME ZONE :zone AS date) AS day, d.bcp AS bcp,
                   sum(d.households) AS households, sum(d.persons) AS persons,
                   sum(d.registered_households) AS registered_households, sum(d.registered_persons) AS registered_persons
            FROM reporting_arrival_delta d
            WHERE d.slot >= :from AND d.slot < :until
            GROUP BY 1, 2
            HAVING sum(d.households) > 0
            ORDER BY 1, 2""";

    @PersistenceContext
    EntityManager em;

    @Inject
    RefugeSettings settings;

    /** The arrivals of one day at one BCP. */
    public record Day(LocalDate day, String bcp, long households, long persons, long registeredHouseholds, long registeredPersons) {
    }

    /** The arrivals of the days {@code from} to {@code to}, both included, for every BCP. */
    public record Period(LocalDate from, LocalDate to, List<Day> days) {
    }

    /**
     * The arrivals of the days {@code from} to {@code to}, both included; without {@code to}, up to today; without
     * {@code from}, the {@link #DEFAULT_DAYS} days up to {@code to}.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public Period between(LocalDate from, LocalDate to) {
        if (to == null) {
            to = LocalDate.now(settings.zone());
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1L);
        }
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "refuge.report.period.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw Refusal.invalid("from", "refuge.report.period.long", MAX_DAYS);
        }
        var zone = settings.zone();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(DAYS, Tuple.class).setParameter("zone", zone.getId())
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("until", to.plusDays(1).atStartOfDay(zone).toInstant()).getResultList();
        return new Period(from, to, rows.stream().map(r -> new Day(SqlValues.date(r.get("day")), r.get("bcp", String.class),
                SqlValues.count(r.get("households")), SqlValues.count(r.get("persons")),
                SqlValues.count(r.get("registered_households")), SqlValues.count(r.get("registered_persons")))).toList());
    }
}
