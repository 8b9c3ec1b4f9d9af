package org.refuge.protection.domain;

import java.time.Instant;
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
 * A caseworker's proposal to protect a person the decree does not cover (or whose household has a security-check
 * hit), decided by a supervisor who did not propose it: four eyes.
 */
@Entity
@Table(name = "protection_exception")
public class ProtectionException {

    public enum Reason { OUT_OF_SCOPE, SECURITY_HIT }

    public enum Status { OPEN, APPROVED, REJECTED }

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "decree_id", nullable = false, updatable = false)
    private UUID decreeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Reason reason;

    @Column(nullable = false, updatable = false, length = 1000)
    private String justification;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 300)
    private String decisionNote;

    @Version
    private long version;

    protected ProtectionException() {
    }

    public static ProtectionException propose(PersonId personId, UUID decreeId, Reason reason, String justification, Instant now, String user) {
        ProtectionException exception = new ProtectionException();
        exception.id = UUID.randomUUID();
        exception.personId = personId.value();
        exception.decreeId = Objects.requireNonNull(decreeId);
        exception.reason = Objects.requireNonNull(reason);
        exception.justification = justification.strip();
        exception.proposedBy = Objects.requireNonNull(user);
        exception.proposedAt = now;
        exception.status = Status.OPEN;
        return exception;
    }

    /** The decision of someone else than the proposer. */
    public void decide(boolean approve, String note, Instant now, String user) {
        if (status != Status.OPEN) {
            throw ProtectionRefusals.refused("exceptionDecided");
        }
        if (proposedBy.equals(user)) {
            throw ProtectionRefusals.refused("fourEyes");
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decidedBy = user;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public UUID decreeId() { return decreeId; }
    public Reason reason() { return reason; }
    public String justification() { return justification; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public Status status() { return status; }
    public String decidedBy() { return decidedBy; }
}
