package org.refuge.assistance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;

/**
 * One line of assistance handed over at a desk: an entitlement's quantity for a household (per household) or one of
 * its persons (per person), in one period of the rule, at a site, to a member of the household or a named proxy, by a
 * staff member. The same entitlement is collected once per beneficiary and period; the database keeps that rule (a
 * unique index over the lines not voided), so two desks, two sites or a retry cannot both succeed. A line recorded
 * wrongly is voided with its reason, never deleted or changed otherwise; voiding frees the entitlement for the period.
 * For a cash item the quantity is the amount; cash paid by an agency from a payment list is a line "paid via" that
 * agency ({@link #paidThrough}), so the same index keeps it from being paid twice or handed out at a desk as well.
 */
@Entity
@Table(name = "assistance_collection")
public class AidCollection {

    /** The message key of the refusal of a second collection in a period: it names when and where the first was. */
    public static final String COLLECTED_ALREADY = "refuge.collection.collectedAlready";
    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.collection.unknown";
    /** The message key of the refusal of a second void. */
    public static final String VOIDED_ALREADY = "refuge.collection.voidedAlready";

    /** What is handed over and to whom: the line's terms before it is recorded. */
    public record Handed(UUID roundId, UUID entitlementId, UUID versionId, UUID householdId, UUID personId, LocalDate periodFrom,
                         LocalDate periodUntil, String siteCode, String itemCode, String partnerCode, BigDecimal quantity) {
    }

    @Id
    private UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "entitlement_id", nullable = false, updatable = false)
    private UUID entitlementId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private UUID versionId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "person_id", updatable = false)
    private UUID personId;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private UUID beneficiaryId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_until", updatable = false)
    private LocalDate periodUntil;

    @Column(name = "site_code", nullable = false, length = 40, updatable = false)
    private String siteCode;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "partner_code", nullable = false, length = 40, updatable = false)
    private String partnerCode;

    @Column(nullable = false, precision = 15, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "received_by_person", updatable = false)
    private UUID receivedByPerson;

    @Column(name = "proxy_name", length = 200, updatable = false)
    private String proxyName;

    @Column(name = "paid_via", length = 200, updatable = false)
    private String paidVia;

    @Column(name = "collected_at", nullable = false, updatable = false)
    private Instant collectedAt;

    @Column(name = "collected_by", nullable = false, length = 100, updatable = false)
    private String collectedBy;

    @Column(name = "request_key", length = 100, updatable = false)
    private String requestKey;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    @Column(name = "void_reason", length = 300)
    private String voidReason;

    @Version
    private long version;

    protected AidCollection() {
        // for JPA
    }

    /**
     * A line handed over to a member ({@code receivedByPerson}) or to a named proxy ({@code proxyName}), exactly one of
     * them (400 otherwise, field {@code receivedBy}).
     */
    public static AidCollection record(Handed handed, UUID receivedByPerson, String proxyName, Instant now, String user, String requestKey) {
        String proxy = proxyName == null || proxyName.isBlank() ? null : proxyName.strip();
        if ((receivedByPerson == null) == (proxy == null)) {
            throw Refusal.invalid("receivedBy", "refuge.collection.receivedBy");
        }
        AidCollection line = line(handed, now, user, requestKey);
        line.receivedByPerson = receivedByPerson;
        line.proxyName = proxy;
        return line;
    }

    private static AidCollection line(Handed handed, Instant now, String user, String requestKey) {
        if (handed.quantity() == null || handed.quantity().signum() <= 0) {
            throw new IllegalArgumentException("a line hands over a positive quantity");
        }
        AidCollection line = new AidCollection();
        line.id = UUID.randomUUID();
        line.roundId = Objects.requireNonNull(handed.roundId());
        line.entitlementId = Objects.requireNonNull(handed.entitlementId());
        line.versionId = Objects.requireNonNull(handed.versionId());
        line.householdId = Objects.requireNonNull(handed.householdId());
        line.personId = handed.personId();
        line.beneficiaryId = handed.personId() != null ? handed.personId() : handed.householdId();
        line.periodFrom = Objects.requireNonNull(handed.periodFrom());
        line.periodUntil = handed.periodUntil();
        line.siteCode = Objects.requireNonNull(handed.siteCode());
        line.itemCode = Objects.requireNonNull(handed.itemCode());
        line.partnerCode = Objects.requireNonNull(handed.partnerCode());
        line.quantity = handed.quantity();
        line.collectedAt = Objects.requireNonNull(now);
        line.collectedBy = Objects.requireNonNull(user);
        line.requestKey = requestKey == null || requestKey.isBlank() ? null : requestKey;
        return line;
    }

    /**
     * A cash line put on a payment list for a paying agency (V61): no one received it at a desk, the agency pays it.
     * The line holds the entitlement from the listing on; a failed payment voids it.
     */
    public static AidCollection paidThrough(Handed handed, String agency, Instant now, String user) {
        AidCollection line = line(handed, now, user, null);
        line.paidVia = Objects.requireNonNull(agency).strip();
        return line;
    }

    /** Voids the line with its reason (400 without one; 409 when voided already): the entitlement is free again. */
    public void voidRecord(String reason, Instant now, String user) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "refuge.collection.voidReason");
        }
        if (voided()) {
            throw Refusal.conflict(VOIDED_ALREADY);
        }
        voidReason = reason.strip();
        voidedAt = now;
        voidedBy = Objects.requireNonNull(user);
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID entitlementId() { return entitlementId; }
    public UUID versionId() { return versionId; }
    public UUID householdId() { return householdId; }
    public UUID personId() { return personId; }
    public UUID beneficiaryId() { return beneficiaryId; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodUntil() { return periodUntil; }
    public String siteCode() { return siteCode; }
    public String itemCode() { return itemCode; }
    public String partnerCode() { return partnerCode; }
    public BigDecimal quantity() { return quantity; }
    public UUID receivedByPerson() { return receivedByPerson; }
    public String proxyName() { return proxyName; }
    public String paidVia() { return paidVia; }
    public Instant collectedAt() { return collectedAt; }
    public String collectedBy() { return collectedBy; }
    public String requestKey() { return requestKey; }
    public Instant voidedAt() { return voidedAt; }
    public String voidedBy() { return voidedBy; }
    public String voidReason() { return voidReason; }
}
