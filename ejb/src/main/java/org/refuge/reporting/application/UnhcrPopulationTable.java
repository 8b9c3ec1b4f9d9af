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
 *
 * <p>Read from reporting's summary ({@link StockCounts}): today's table as it stands, a past day's as Refuge counted it
 * at that day's end. Only a day before reporting kept its summary is counted from the providers' views ({@link DirectCounts#UNHCR}:
 * a scan of the registry, 66 s at 5,000,000 persons).
 */
@Stateless
public class UnhcrPopulationTable {

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
        List<Tuple> rows = StockCounts.at(em, StockCounts.Kind.UNHCR, on).orElseGet(() -> direct(on));
        CrossTable.Builder table = new CrossTable.Builder(List.of("location", "accommodation"),
                SexAgeColumns.of(AgeGroups.UNHCR.labels()));
        for (Tuple r : rows) {
            table.add(List.of(String.valueOf(r.get(0)), String.valueOf(r.get(1))),
                    SexAgeColumns.in(String.valueOf(r.get(2)), String.valueOf(r.get(3))), SqlValues.count(r.get(4)));
        }
        return new Table(on, table.build(disclosure));
    }

    /** Location, accommodation, sex, age group and persons, counted from the providers' views. */
    @SuppressWarnings("unchecked")
    private List<Tuple> direct(LocalDate on) {
        Instant end = on.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        StockCounts.countingFromTheViews(em);
        return em.createNativeQuery(DirectCounts.UNHCR, Tuple.class).setParameter("day", on).setParameter("end", end).getResultList();
    }

    /** The table of one day. */
    public record Table(LocalDate date, CrossTable table) {
    }
}
