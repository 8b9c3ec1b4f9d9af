package org.refuge.assistance.domain;

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

import org.refuge.platform.refusal.Refusal;

/**
 * A step of a follow-up case: a referral of the family (medical care, psychosocial support, child protection, legal
 * aid, a partner), due on a day and assigned to a user; completed once with an outcome, never deleted.
 */
@Entity
@Table(name = "assistance_follow_up_action")
public class FollowUpAction {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.followUp.action.unknown";

    /** The message key of {@link #completedAlready()}. */
    public static final String COMPLETED = "refuge.followUp.action.completed";

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FollowUpKind kind;

    @Column(name = "partner_code", length = 40, updatable = false)
    private String partnerCode;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 100, updatable = false)
    private String assignee;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ActionOutcome outcome;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Version
    private long version;

    protected FollowUpAction() {
        // for JPA
    }

    /** A new action of an open case; a partner is named for {@link FollowUpKind#PARTNER} and only then. */
    public static FollowUpAction record(FollowUpCase of, FollowUpKind kind, String partnerCode, String note, LocalDate dueOn,
                                        String assignee, Instant at, String by) {
        of.requireOpen();
        if ((kind == FollowUpKind.PARTNER) != (partnerCode != null)) {
            throw Refusal.invalid("partnerCode", "refuge.followUp.action.partner");
        }
        FollowUpAction action = new FollowUpAction();
        action.id = UUID.randomUUID();
        action.caseId = of.id();
        action.kind = Objects.requireNonNull(kind);
        action.partnerCode = partnerCode;
        action.note = note == null || note.isBlank() ? null : note.strip();
        action.dueOn = Objects.requireNonNull(dueOn);
        action.assignee = Objects.requireNonNull(assignee);
        action.recordedAt = at;
        action.recordedBy = by;
        return action;
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public static Refusal completedAlready() {
        return Refusal.conflict(COMPLETED);
    }

    public void complete(ActionOutcome outcome, String note, String by, Instant at) {
        if (completedAt != null) {
            throw completedAlready();
        }
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.completedBy = by;
        this.completedAt = at;
    }

    public boolean open() { return completedAt == null; }
    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public FollowUpKind kind() { return kind; }
    public String partnerCode() { return partnerCode; }
    public String note() { return note; }
    public LocalDate dueOn() { return dueOn; }
    public String assignee() { return assignee; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public ActionOutcome outcome() { return outcome; }
    public String outcomeNote() { return outcomeNote; }
}
