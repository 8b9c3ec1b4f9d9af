package org.refuge.protection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.shared.PersonId;

/**
 * A person's temporary protection: granted under a decree for one year from the decision, extended by a year at a
 * time, terminated on a legal ground or ceased. Its history is kept as protection events beside it.
 */
@Entity
@Table(name = "protection_status")
public class ProtectionStatus {

    public enum Status { GRANTED, EXTENDED, TERMINATED, CEASED;
        public boolean active() {
            return this == GRANTED || this == EXTENDED;
        }
    }

    /** Temporary protection is granted for one year. */
    public static final int VALID_YEARS = 1;

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "decree_id", nullable = false, updatable = false)
    private UUID decreeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 300)
    private String ground;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Version
    private long version;

    protected ProtectionStatus() {
    }

    public static ProtectionStatus grant(PersonId personId, UUID householdId, UUID decreeId, LocalDate today, Instant now, String user) {
        ProtectionStatus protection = new ProtectionStatus();
        protection.personId = personId.value();
        protection.householdId = Objects.requireNonNull(householdId);
        protection.decreeId = Objects.requireNonNull(decreeId);
        protection.status = Status.GRANTED;
        protection.validFrom = today;
        protection.validUntil = today.plusYears(VALID_YEARS);
        protection.changed(now, user);
        return protection;
    }

    /** Another year from the end of the current validity. */
    /**
     * Extended by a year. Once only per validity year: an extension made while more than a year of validity is left
     * is a retry or a double click, and is refused ("extended"), so it never adds a second year.
     */
    public void extend(LocalDate today, Instant now, String user) {
        requireActive();
        if (validUntil.isAfter(today.plusYears(VALID_YEARS))) {
            throw ProtectionRefusals.refused("extended");
        }
        status = Status.EXTENDED;
        validUntil = validUntil.plusYears(VALID_YEARS);
        changed(now, user);
    }

    /** Ended by a decision on a legal ground (terminated) or because its grounds no longer exist (ceased). */
    public void end(Status ended, String legalGround, LocalDate on, Instant now, String user) {
        if (ended != Status.TERMINATED && ended != Status.CEASED) {
            throw new IllegalArgumentException("Not an end: " + ended);
        }
        if (legalGround == null || legalGround.isBlank()) {
            throw new IllegalArgumentException("An end of protection names its legal ground");
        }
        requireActive();
        status = ended;
        ground = legalGround.strip();
        endedOn = Objects.requireNonNull(on);
        changed(now, user);
    }

    private void requireActive() {
        if (!status.active()) {
            throw ProtectionRefusals.refused("state");
        }
    }

    private void changed(Instant now, String user) {
        changedAt = now;
        changedBy = user;
    }

    public UUID personId() { return personId; }
    public UUID householdId() { return householdId; }
    public UUID decreeId() { return decreeId; }
    public Status status() { return status; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public LocalDate endedOn() { return endedOn; }
    public String ground() { return ground; }
}
