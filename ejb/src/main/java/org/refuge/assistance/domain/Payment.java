package org.refuge.assistance.domain;

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

/**
 * A line of a {@link PaymentList}: one cash collection "paid via" the agency ({@link AidCollection#paidThrough}),
 * LISTED until the agency answers, then PAID with its reference or FAILED with its reason. A line is marked once: a
 * second mark of a paid or failed line is refused (409), so nothing is paid twice by a repeated answer file. A failed
 * line's collection is voided by the service, which frees the entitlement.
 */
@Entity
@Table(name = "assistance_payment")
public class Payment {

    /** The message key of the refusal of a second mark. */
    public static final String MARKED_ALREADY = "refuge.payment.markedAlready";
    /** The message key of a failure without its reason. */
    public static final String REASON = "refuge.payment.reason";

    /** Where a line is: on the list, paid by the agency, or failed. */
    public enum Status { LISTED, PAID, FAILED }

    @Id
    private UUID id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private UUID listId;

    @Column(name = "collection_id", nullable = false, updatable = false)
    private UUID collectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Status status;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Column(name = "marked_by", length = 100)
    private String markedBy;

    @Column(length = 100)
    private String reference;

    @Column(name = "failure_reason", length = 300)
    private String failureReason;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    public Payment(UUID listId, UUID collectionId) {
        this.id = UUID.randomUUID();
        this.listId = Objects.requireNonNull(listId);
        this.collectionId = Objects.requireNonNull(collectionId);
        this.status = Status.LISTED;
    }

    /** The agency paid the line; {@code reference} is its transfer's (optional). */
    public void paid(String reference, Instant now, String user) {
        mark(Status.PAID, now, user);
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** The agency could not pay the line, for {@code reason} (400 without one). */
    public void failed(String reason, Instant now, String user) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", REASON);
        }
        mark(Status.FAILED, now, user);
        this.failureReason = reason.strip();
    }

    private void mark(Status to, Instant now, String user) {
        if (status != Status.LISTED) {
            throw Refusal.conflict(MARKED_ALREADY, (Object) status.name());
        }
        status = to;
        markedAt = Objects.requireNonNull(now);
        markedBy = Objects.requireNonNull(user);
    }

    public UUID id() { return id; }
    public UUID listId() { return listId; }
    public UUID collectionId() { return collectionId; }
    public Status status() { return status; }
    public Instant markedAt() { return markedAt; }
    public String markedBy() { return markedBy; }
    public String reference() { return reference; }
    public String failureReason() { return failureReason; }
}
