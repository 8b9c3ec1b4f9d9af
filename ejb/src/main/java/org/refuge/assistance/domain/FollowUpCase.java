package org.refuge.assistance.domain;

import java.time.Duration;
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

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The follow-up of a household with specific needs by the social workers of its site. Life cycle: opened when a need
 * is first recorded for the household (at the desk or for a member), with the first contact due some hours later;
 * the first action recorded is the first contact; closed once with an outcome, after which nothing changes: a need
 * recorded later, one the case did not cover, opens a new case. At most one case of a household is open (a unique
 * index says so too). The case keeps which needs it covers only to tell a new need from a known one and never shows
 * them: the codes a reader sees are read from registration each time, under the policy on sensitive codes.
 */
@Entity
@Table(name = "assistance_follow_up_case")
public class FollowUpCase {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.followUp.unknown";

    /** The message key of {@link #closedAlready()}. */
    public static final String CLOSED = "refuge.followUp.closed";

    public enum Status { OPEN, CLOSED }

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "registry_number", nullable = false, updatable = false, length = 40)
    private String registryNumber;

    @Column(name = "bcp_code", nullable = false, updatable = false, length = 40)
    private String bcpCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "first_contact_due_at", nullable = false, updatable = false)
    private Instant firstContactDueAt;

    @Column(name = "first_contact_at")
    private Instant firstContactAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseOutcome outcome;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "needs_covered", nullable = false)
    private String needsCovered = "";

    @Version
    private long version;

    protected FollowUpCase() {
        // for JPA
    }

    /** A new open case of a household registered at {@code bcpCode}; the first contact is due {@code firstContact} later. */
    public static FollowUpCase open(UUID householdId, RegistryNumber registryNumber, SiteCode bcpCode, Instant now, Duration firstContact) {
        FollowUpCase opened = new FollowUpCase();
        opened.id = UUID.randomUUID();
        opened.householdId = Objects.requireNonNull(householdId);
        opened.registryNumber = registryNumber.value();
        opened.bcpCode = bcpCode.value();
        opened.status = Status.OPEN;
        opened.openedAt = now;
        opened.firstContactDueAt = now.plus(firstContact);
        return opened;
    }

    /**
     * Whether a need was recorded that this case does not cover (of the household's needs now, as
     * "person id or household:code" pairs).
     */
    public boolean missesAny(java.util.Set<String> needs) {
        return !java.util.Set.of(needsCovered.isEmpty() ? new String[0] : needsCovered.split(",")).containsAll(needs);
    }

    /** While open, the case covers every need recorded for the household (later ones included). */
    public void covers(java.util.Set<String> needs) {
        if (isOpen()) {
            this.needsCovered = String.join(",", new java.util.TreeSet<>(needs));
        }
    }

    /** The refusal of a case id no case has, or of a case outside the caller's sites (404: its existence is not told). */
    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    /** The refusal of a change to a closed case (409). */
    public static Refusal closedAlready() {
        return Refusal.conflict(CLOSED);
    }

    /** Refuses (409) unless the case is open. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw closedAlready();
        }
    }

    /** The family was contacted (the first action recorded); later contacts change nothing. */
    public void contacted(Instant at) {
        requireOpen();
        if (firstContactAt == null) {
            firstContactAt = at;
        }
    }

    public void close(CaseOutcome outcome, String note, String by, Instant at) {
        requireOpen();
        this.status = Status.CLOSED;
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.closedBy = by;
        this.closedAt = at;
    }

    public boolean isOpen() { return status == Status.OPEN; }
    public UUID id() { return id; }
    public UUID householdId() { return householdId; }
    public String registryNumber() { return registryNumber; }
    public String bcpCode() { return bcpCode; }
    public Status status() { return status; }
    public Instant openedAt() { return openedAt; }
    public Instant firstContactDueAt() { return firstContactDueAt; }
    public Instant firstContactAt() { return firstContactAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public CaseOutcome outcome() { return outcome; }
    public String outcomeNote() { return outcomeNote; }
}
