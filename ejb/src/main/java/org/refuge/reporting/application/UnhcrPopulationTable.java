package org.refuge.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
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
 * The UNHCR population table at a date (issue 13, item 2): the registered persons whose household had arrived by the
 * end of that day, female and male by UNHCR age group (age on that day) with each sex's total and the line's total,
 * one line per location and accommodation type. A person checked in at a camp that day is counted at the camp
 * ({@code CAMP}); else at the BCP that registered them, {@code PRIVATE} once their household was released to a private
 * address, {@code OTHER} otherwise (waiting, on the way, left a camp). Persons whose sex is neither F nor M count in
 * column {@code X/TOTAL}. Refuge does not know who left the country, so nobody leaves this table but by a void.
 * National figures: supervisors and caseworkers, who see every site.
 */
@Stateless
public class UnhcrPopulationTable {

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

    static final String COUNTS = "SELECT location, accommodation, sex, " + AgeGroups.UNHCR.sql("age") + " AS age_group, count(*) AS persons "
            + "FROM (" + LOCATED + ") located GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";

    @PersistenceContext
    EntityManager em;

    @Inject
    RefugeSettings settings;

    /** The table as of the end of {@code day} (today when null); not for a day still to come. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Table at(LocalDate day, @NotNull Disclosure disclosure) {
        LocalDate today = LocalDate.now(settings.zone());
        LocalDate on = day == null ? today : day;
        if (on.isAfter(today)) {
            throw Refusal.invalid("date", "refuge.report.future");
        }
        Instant end = on.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COUNTS, Tuple.class).setParameter("day", on).setParameter("end", end).getResultList();
        CrossTable.Builder table = new CrossTable.Builder(List.of("location", "accommodation"),
                SexAgeColumns.of(AgeGroups.UNHCR.labels()));
        for (Tuple r : rows) {
            table.add(List.of(r.get("location", String.class), r.get("accommodation", String.class)),
                    SexAgeColumns.in(String.valueOf(r.get("sex")), r.get("age_group", String.class)), SqlValues.count(r.get("persons")));
        }
        return new Table(on, table.build(disclosure));
    }

    /** The table of one day. */
    public record Table(LocalDate date, CrossTable table) {
    }
}
