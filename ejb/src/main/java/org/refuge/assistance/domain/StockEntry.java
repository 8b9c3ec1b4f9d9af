package org.refuge.assistance.domain;

import java.math.BigDecimal;
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

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.SiteCode;

/**
 * One row of a site's stock ledger: goods of an item from a partner received at a site, or the reversal of such a
 * receipt. Rows are only ever added: a receipt recorded wrongly is reversed in full by a correction that says why
 * (and the right figure, if any, is received anew), so the ledger shows what was typed, when, by whom, and what was
 * put right. A site's balance of an item from a partner is the sum of its rows' quantities. Distributions are rows of
 * their own kind, written by the collections.
 */
@Entity
@Table(name = "assistance_stock_entry")
public class StockEntry {

    /** The message key of the refusal of a quantity with decimals for an item counted in whole units. */
    public static final String WHOLE = "refuge.stock.quantity.whole";
    /** The message key of the refusal of a correction of anything but a receipt. */
    public static final String NOT_A_RECEIPT = "refuge.stock.notAReceipt";
    /** The message key of the refusal of a second correction of one receipt. */
    public static final String CORRECTED_ALREADY = "refuge.stock.correctedAlready";
    /** The message key of the refusal of an entry id the site's ledger does not have (404). */
    public static final String UNKNOWN = "refuge.stock.entry.unknown";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private StockEntryKind kind;

    @Column(name = "site_code", nullable = false, length = 40, updatable = false)
    private String siteCode;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "partner_code", nullable = false, length = 40, updatable = false)
    private String partnerCode;

    @Column(nullable = false, precision = 15, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(length = 300, updatable = false)
    private String note;

    @Column(updatable = false)
    private UUID corrects;

    @Column(name = "collection_id", updatable = false)
    private UUID collectionId;

    protected StockEntry() {
        // for JPA
    }

    /** Goods received: a positive quantity, whole for an item counted in whole units (400 otherwise). */
    public static StockEntry receipt(SiteCode site, AssistanceItem item, Partner partner, BigDecimal quantity, LocalDate receivedOn,
                                     String note, Instant now, String user) {
        if (quantity.signum() <= 0) {
            throw Refusal.invalid("quantity", "refuge.stock.quantity");
        }
        if (item.unit().whole() && quantity.stripTrailingZeros().scale() > 0) {
            throw Refusal.invalid("quantity", WHOLE);
        }
        StockEntry entry = new StockEntry();
        entry.id = UUID.randomUUID();
        entry.kind = StockEntryKind.RECEIPT;
        entry.siteCode = site.value();
        entry.itemCode = item.code();
        entry.partnerCode = partner.code();
        entry.quantity = quantity;
        entry.receivedOn = Objects.requireNonNull(receivedOn);
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.recordedAt = now;
        entry.recordedBy = Objects.requireNonNull(user);
        return entry;
    }

    /**
     * The reversal of this receipt, with its reason: the negated quantity on the receipt's site, item, partner and day.
     * Refused (409) for anything but a receipt; whether it was reversed already the ledger answers ({@link #correctedAlready()}).
     */
    public StockEntry reversal(String reason, Instant now, String user) {
        if (kind != StockEntryKind.RECEIPT) {
            throw Refusal.conflict(NOT_A_RECEIPT);
        }
        StockEntry entry = new StockEntry();
        entry.id = UUID.randomUUID();
        entry.kind = StockEntryKind.CORRECTION;
        entry.siteCode = siteCode;
        entry.itemCode = itemCode;
        entry.partnerCode = partnerCode;
        entry.quantity = quantity.negate();
        entry.receivedOn = receivedOn;
        entry.note = Objects.requireNonNull(reason).strip();
        entry.corrects = id;
        entry.recordedAt = now;
        entry.recordedBy = Objects.requireNonNull(user);
        return entry;
    }

    /** What a collection takes from the stock of its site: its quantity, negated, from the rule's partner. */
    public static StockEntry distribution(AidCollection collection, LocalDate day) {
        StockEntry entry = new StockEntry();
        entry.id = UUID.randomUUID();
        entry.kind = StockEntryKind.DISTRIBUTION;
        entry.siteCode = collection.siteCode();
        entry.itemCode = collection.itemCode();
        entry.partnerCode = collection.partnerCode();
        entry.quantity = collection.quantity().negate();
        entry.receivedOn = Objects.requireNonNull(day);
        entry.collectionId = collection.id();
        entry.recordedAt = collection.collectedAt();
        entry.recordedBy = collection.collectedBy();
        return entry;
    }

    /**
     * The reversal of this distribution when its collection is voided: the goods are back in the stock, with the
     * void's reason. Only for a distribution; a receipt is reversed by {@link #reversal}.
     */
    public StockEntry returned(String reason, Instant now, String user) {
        if (kind != StockEntryKind.DISTRIBUTION) {
            throw new IllegalStateException("only a distribution is returned");
        }
        StockEntry entry = new StockEntry();
        entry.id = UUID.randomUUID();
        entry.kind = StockEntryKind.CORRECTION;
        entry.siteCode = siteCode;
        entry.itemCode = itemCode;
        entry.partnerCode = partnerCode;
        entry.quantity = quantity.negate();
        entry.receivedOn = receivedOn;
        entry.note = Objects.requireNonNull(reason).strip();
        entry.corrects = id;
        entry.recordedAt = now;
        entry.recordedBy = Objects.requireNonNull(user);
        return entry;
    }

    /** The refusal of a second correction of one receipt (409): the first one stands; record a new receipt instead. */
    public static Refusal correctedAlready() {
        return Refusal.conflict(CORRECTED_ALREADY);
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public UUID id() { return id; }
    public StockEntryKind kind() { return kind; }
    public String siteCode() { return siteCode; }
    public String itemCode() { return itemCode; }
    public String partnerCode() { return partnerCode; }
    public BigDecimal quantity() { return quantity; }
    public LocalDate receivedOn() { return receivedOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String note() { return note; }
    public UUID corrects() { return corrects; }
    public UUID collectionId() { return collectionId; }
}
