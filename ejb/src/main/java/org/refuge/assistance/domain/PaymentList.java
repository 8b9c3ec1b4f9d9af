package org.refuge.assistance.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.refuge.platform.refusal.Refusal;

/**
 * A payment list for a paying agency (issue 14, item 6): the cash lines of one distribution round that were still due
 * when it was made, each a {@link Payment}. Made once per call; a later list of the same round holds only what was
 * due then (failed lines are due again, paid and listed ones are not).
 */
@Entity
@Table(name = "assistance_payment_list")
public class PaymentList {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.payment.listUnknown";

    @Id
    private UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(nullable = false, length = 200, updatable = false)
    private String agency;

    @Column(nullable = false, length = 10, updatable = false)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected PaymentList() {
        // for JPA
    }

    public PaymentList(UUID roundId, String agency, String currency, Instant now, String user) {
        this.id = UUID.randomUUID();
        this.roundId = Objects.requireNonNull(roundId);
        this.agency = Objects.requireNonNull(agency).strip();
        this.currency = Objects.requireNonNull(currency);
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = Objects.requireNonNull(user);
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public String agency() { return agency; }
    public String currency() { return currency; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
