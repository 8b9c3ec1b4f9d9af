package org.refuge.screening.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.registration.application.HouseholdMembersChanged;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts.MemberFacts;
import org.refuge.screening.domain.MedicalScreening;
import org.refuge.screening.domain.PersonScreening;
import org.refuge.screening.domain.SecurityCheck;
import org.refuge.screening.infrastructure.ScreeningRecords;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Each member's screening starts when they are registered in a household, or linked into one, also long after the
 * household itself was screened or decided: a medical screening for everyone, a security check from the security-check
 * age ({@link RefugeSettings#securityCheckAge()}, 14 unless configured) on the day. Started once per person: a member
 * linked from another household keeps the screening they had there. A member of a household screened before per-person
 * screening (V67) inherits the household's screening and check instead of new tasks. Reacts to
 * {@link HouseholdMembersChanged} in the registering transaction, so a member is never registered without their
 * screening; a record merged into an earlier one of the same person loses its screening tasks (the person keeps their
 * own); and when a change leaves every member screened, the household moves on to allocation.
 */
@ApplicationScoped
public class MemberScreenings {

    @Inject
    RegistryFacts registry;

    @Inject
    ScreeningRecords records;

    @Inject
    RefugeSettings settings;

    @Inject
    ScreeningWorkflow workflow;

    private final Clock clock = Clock.systemUTC();

    void membersChanged(@Observes HouseholdMembersChanged changed) {
        Optional<HouseholdFacts> household = registry.anyHousehold(new RegistryNumber(changed.registryNumber()));
        if (household.isEmpty() || "VOIDED".equals(household.get().status())) {
            return;
        }
        startNew(household.get());
        records.startedButGone(household.get().id()).forEach(gone -> workflow.personGone(PersonId.of(gone), "merged into an earlier record"));
        screenedIfDone(household.get());
    }

    /** Starts the screening of the household's registered members whose screening has not started. */
    void startNew(HouseholdFacts household) {
        List<MemberFacts> members = registry.members(household.id());
        Map<java.util.UUID, PersonScreening> started = records.started(members.stream().map(MemberFacts::personId).toList());
        if (started.size() == members.size()) {
            return;
        }
        Optional<MedicalScreening> householdMedical = records.householdMedical(household.id());
        Optional<SecurityCheck> householdCheck = records.householdCheck(household.id());
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        int securityAge = settings.securityCheckAge();
        Instant now = Instant.now(clock);
        RegistryNumber number = new RegistryNumber(household.registryNumber());
        for (MemberFacts member : members) {
            if (started.containsKey(member.personId())) {
                continue;
            }
            PersonScreening screening = PersonScreening.start(PersonId.of(member.personId()), household.id(), member.birthDate(), today,
                    securityAge, now);
            records.add(screening);
            householdMedical.ifPresent(medical -> records.add(medical.inheritedBy(member.personId(), household.id())));
            boolean inheritsCheck = screening.securityRequired() && householdCheck.isPresent();
            if (inheritsCheck) {
                records.add(householdCheck.get().inheritedBy(member.personId(), household.id()));
            }
            workflow.personRegistered(number, household.id(), PersonId.of(member.personId()), household.site(),
                    householdMedical.isEmpty(), screening.securityRequired() && !inheritsCheck);
        }
    }

    /** When every member of the household is screened, its arrival process moves on (if it waits for that). */
    public void screenedIfDone(HouseholdFacts household) {
        if (records.householdScreened(household.id())) {
            workflow.householdScreened(new RegistryNumber(household.registryNumber()));
        }
    }
}
