package org.refuge.screening.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts.MemberFacts;
import org.refuge.screening.application.ScreeningViews.MedicalDetail;
import org.refuge.screening.application.ScreeningViews.PersonSummary;
import org.refuge.screening.application.ScreeningViews.Summary;
import org.refuge.screening.domain.MedicalScreening;
import org.refuge.screening.domain.PersonScreening;
import org.refuge.screening.domain.SecurityCheck;
import org.refuge.screening.infrastructure.ScreeningRecords;

/**
 * A household's screening read as the summary of its members' ({@link ScreeningService#summary}), and the medical
 * detail of each ({@link ScreeningService#medicalDetail}). The outcome is read by a query that selects the outcome and
 * the accommodation needs only; the detail only for medical staff, whose service checked the role. Checks no roles.
 */
@ApplicationScoped
public class ScreeningSummaries {

    /** The medical outcomes from the one that asks most of accommodation. */
    private static final List<String> DEMANDING_FIRST = List.of("ISOLATION", "REFERRED", "CLEARED");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacts registry;

    @Inject
    ScreeningRecords records;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The summary for a reader who sees security results ({@code seesResult}: HIT or CLEAR), or only DONE. */
    public Summary summary(HouseholdFacts household, boolean seesResult) {
        List<MemberFacts> members = registry.members(household.id());
        List<UUID> ids = members.stream().map(MemberFacts::personId).toList();
        Map<UUID, Tuple> outcomes = outcomes(ids);
        Map<UUID, SecurityCheck> checks = records.checksOf(ids);
        Map<UUID, PersonScreening> started = records.started(ids);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        List<PersonSummary> persons = new ArrayList<>();
        for (MemberFacts m : members) {
            Tuple outcome = outcomes.get(m.personId());
            PersonScreening screening = started.get(m.personId());
            String security = checks.containsKey(m.personId()) ? state(checks.get(m.personId()), seesResult)
                    : screening != null && !screening.securityRequired() ? "NOT_DUE" : "PENDING";
            persons.add(new PersonSummary(m.personId().toString(), m.name(),
                    m.birthDate() == null ? null : Period.between(m.birthDate(), today).getYears(), outcome != null,
                    outcome == null ? null : outcome.get("outcome").toString(),
                    outcome == null ? null : outcome.get("needs", String.class), security));
        }
        if (members.isEmpty()) {
            return householdOnly(household, seesResult);
        }
        boolean everyoneScreened = persons.stream().allMatch(PersonSummary::screened);
        String outcome = everyoneScreened ? DEMANDING_FIRST.stream()
                .filter(o -> persons.stream().anyMatch(p -> o.equals(p.medicalOutcome()))).findFirst().orElse(null) : null;
        Set<String> needs = new LinkedHashSet<>();
        persons.stream().map(PersonSummary::accommodationNeeds).filter(n -> n != null && !n.isBlank()).forEach(needs::add);
        String security = persons.stream().anyMatch(p -> "PENDING".equals(p.security())) ? "PENDING"
                : persons.stream().anyMatch(p -> "HIT".equals(p.security())) ? "HIT" : seesResult ? "CLEAR" : "DONE";
        return new Summary(outcome, needs.isEmpty() ? null : String.join("; ", needs), security,
                records.householdScreened(household.id()), persons);
    }

    /** A household without registered members: its screening of before per-person screening, if any. */
    private Summary householdOnly(HouseholdFacts household, boolean seesResult) {
        List<Tuple> medical = em.createQuery("select s.outcome as outcome, s.accommodationNeeds as needs from MedicalScreening s "
                + "where s.householdId = :h and s.personId is null", Tuple.class).setParameter("h", household.id()).getResultList();
        String security = records.householdCheck(household.id()).map(check -> state(check, seesResult)).orElse("PENDING");
        return new Summary(medical.isEmpty() ? null : medical.get(0).get("outcome").toString(),
                medical.isEmpty() ? null : medical.get(0).get("needs", String.class), security,
                records.householdScreened(household.id()), List.of());
    }

    /** The members' medical outcome and accommodation needs, by person: nothing else is selected. */
    private Map<UUID, Tuple> outcomes(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Tuple> outcomes = new java.util.HashMap<>();
        em.createQuery("select s.personId as person, s.outcome as outcome, s.accommodationNeeds as needs from MedicalScreening s "
                + "where s.personId in :p", Tuple.class).setParameter("p", ids).getResultList()
                .forEach(row -> outcomes.put(row.get("person", UUID.class), row));
        return outcomes;
    }

    private static String state(SecurityCheck check, boolean seesResult) {
        if (seesResult) {
            return check.result().name();
        }
        return check.complete() ? "DONE" : "PENDING";
    }

    /** Each screened member's medical detail, in the household's order (the household's own record when it has no members). */
    public List<MedicalDetail> medicalDetail(HouseholdFacts household) {
        List<MemberFacts> members = registry.members(household.id());
        Map<UUID, MedicalScreening> screenings = records.medicalOf(members.stream().map(MemberFacts::personId).toList());
        List<MedicalDetail> details = new ArrayList<>();
        for (MemberFacts m : members) {
            Optional.ofNullable(screenings.get(m.personId())).ifPresent(s -> details.add(detail(household, m.personId(), m.name(), s)));
        }
        if (members.isEmpty()) {
            records.householdMedical(household.id()).ifPresent(s -> details.add(detail(household, null, null, s)));
        }
        return details;
    }

    private static MedicalDetail detail(HouseholdFacts household, UUID person, String name, MedicalScreening s) {
        return new MedicalDetail(household.registryNumber(), person == null ? null : person.toString(), name, s.screenedAt(),
                s.screenedBy(), s.triage().name(), s.conditions(), s.pregnancy(), s.communicableSuspicion(), s.hospitalReferral(),
                s.isolationNeeded(), s.outcome().name(), s.accommodationNeeds());
    }
}
