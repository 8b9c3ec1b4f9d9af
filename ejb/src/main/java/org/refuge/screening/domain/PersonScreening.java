package org.refuge.screening.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.refuge.shared.PersonId;

/**
 * That a member's screening started, once, when they were registered in (or linked into) a household: a medical
 * screening for everyone, and a security check for those at or above the security-check age on that day. A child who
 * was younger is not checked; their security result is clear. Started once per person, whatever household they move to.
 */
@Entity
@Table(name = "screening_person")
public class PersonScreening {

    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;
    @Column(name = "security_required", nullable = false, updatable = false)
    private boolean securityRequired;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    protected PersonScreening() {
    }

    /**
     * The screening of a person born on {@code birthDate} (null when unknown: checked, as an adult is), started on
     * {@code today}: a security check is due from {@code securityAge} years of age.
     */
    public static PersonScreening start(PersonId personId, UUID householdId, LocalDate birthDate, LocalDate today, int securityAge,
                                        Instant at) {
        PersonScreening screening = new PersonScreening();
        screening.personId = Objects.requireNonNull(personId).value();
        screening.householdId = Objects.requireNonNull(householdId);
        screening.securityRequired = securityDue(birthDate, today, securityAge);
        screening.startedAt = Objects.requireNonNull(at);
        return screening;
    }

    /** Whether a person born on that day is checked: at or above the age on {@code today}, or of an unknown age. */
    public static boolean securityDue(LocalDate birthDate, LocalDate today, int securityAge) {
        return birthDate == null || Period.between(birthDate, today).getYears() >= securityAge;
    }

    public UUID personId() { return personId; }
    public UUID householdId() { return householdId; }
    public boolean securityRequired() { return securityRequired; }
    public Instant startedAt() { return startedAt; }
}
