package org.refuge.protection.domain;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The identity document of a person with temporary protection, produced by the police from the registry's data and
 * photo as a PDF card with a signed QR text. Its life: PRODUCED, printed (every print recorded; a reprint needs its
 * reason), HANDED_OVER to its holder (a card is handed over as printed), and ended once: LOST or STOLEN (reported with
 * the circumstances), REPLACED (by the document produced for it) or REVOKED (its holder's protection ended). An ended
 * document stays on record with what ended it; a person holds one current document at a time (a unique index).
 */
@Entity(name = "ProtectionIdentityDocument")
@Table(name = "identity_document")
public class IdentityDocument {

    public enum Status {
        PRODUCED, HANDED_OVER, REPLACED, LOST, STOLEN, REVOKED;

        /** Produced or handed over: the document stands for its holder's protection. */
        public boolean current() {
            return this == PRODUCED || this == HANDED_OVER;
        }
    }

    /** One print of the card: when, by whom, and for a reprint why. */
    @Embeddable
    public record Print(@Column(name = "printed_at", nullable = false) Instant printedAt,
                        @Column(name = "printed_by", nullable = false, length = 100) String printedBy,
                        @Column(length = 300) String reason) {
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false, length = 20)
    private String number;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "site_code", nullable = false, updatable = false, length = 40)
    private String siteCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(nullable = false, updatable = false, length = 3000)
    private String qr;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "produced_at", nullable = false, updatable = false)
    private Instant producedAt;

    @Column(name = "produced_by", nullable = false, updatable = false, length = 100)
    private String producedBy;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "handed_over_by", length = 100)
    private String handedOverBy;

    @Column(name = "handed_to", length = 200)
    private String handedTo;

    @Column(updatable = false)
    private UUID replaces;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 300)
    private String endReason;

    @ElementCollection
    @CollectionTable(name = "identity_document_print", joinColumns = @JoinColumn(name = "document_id"))
    private Set<Print> prints = new HashSet<>();

    @Version
    private long version;

    protected IdentityDocument() {
    }

    /** What a card says and carries: its number, the holder, the validity, the signed QR text and the rendered PDF. */
    public record Card(String number, UUID personId, UUID householdId, String siteCode, LocalDate validFrom,
                       LocalDate validUntil, String qr, byte[] pdf) {
    }

    /** A person's first document. */
    public static IdentityDocument produce(Card card, Instant now, String user) {
        IdentityDocument document = new IdentityDocument();
        document.id = UUID.randomUUID();
        document.number = Objects.requireNonNull(card.number());
        document.personId = Objects.requireNonNull(card.personId());
        document.householdId = Objects.requireNonNull(card.householdId());
        document.siteCode = Objects.requireNonNull(card.siteCode());
        if (!card.validUntil().isAfter(card.validFrom())) {
            throw new IllegalArgumentException("a document is valid for some time");
        }
        document.validFrom = card.validFrom();
        document.validUntil = card.validUntil();
        document.qr = Objects.requireNonNull(card.qr());
        document.pdf = card.pdf().clone();
        document.producedAt = now;
        document.producedBy = Objects.requireNonNull(user);
        document.status = Status.PRODUCED;
        return document;
    }

    /**
     * The document produced in place of this one: a current document (its protection extended since) ends as
     * REPLACED; a lost or stolen one stays as reported. A replaced or revoked document is not replaced again.
     */
    public IdentityDocument replaceWith(Card card, Instant now, String user) {
        if (status == Status.REPLACED || status == Status.REVOKED) {
            throw refused("documentEnded");
        }
        if (!card.personId().equals(personId)) {
            throw new IllegalArgumentException("a replacement is for the same holder");
        }
        if (status.current()) {
            end(Status.REPLACED, "replaced by " + card.number(), now);
        }
        IdentityDocument replacement = produce(card, now, user);
        replacement.replaces = id;
        return replacement;
    }

    /** Records a print; the first is a print, every later one a reprint that needs its reason. True for a reprint. */
    public boolean print(String reason, Instant now, String user) {
        requireCurrent();
        boolean reprint = !prints.isEmpty();
        if (reprint && (reason == null || reason.isBlank())) {
            throw refused("reprintReason");
        }
        prints.add(new Print(now, Objects.requireNonNull(user), reason == null || reason.isBlank() ? null : reason.strip()));
        return reprint;
    }

    /** Handed to its holder (or to whom, for a child): once, and only as printed. */
    public void handOver(String to, Instant now, String user) {
        if (status == Status.PRODUCED && prints.isEmpty()) {
            throw refused("notPrinted");
        }
        if (status != Status.PRODUCED) {
            throw refused("documentEnded");
        }
        status = Status.HANDED_OVER;
        handedOverAt = now;
        handedOverBy = Objects.requireNonNull(user);
        handedTo = to.strip();
    }

    /** Lost or stolen, with the circumstances: no longer valid, and a replacement can be produced. */
    public void reportMissing(boolean stolen, String circumstances, Instant now) {
        requireCurrent();
        end(stolen ? Status.STOLEN : Status.LOST, circumstances.strip(), now);
    }

    /** Its holder's protection ended (terminated or ceased): the document ends with it, with the ground. */
    public void revoke(String reason, Instant now) {
        requireCurrent();
        end(Status.REVOKED, reason.strip(), now);
    }

    private void requireCurrent() {
        if (!status.current()) {
            throw refused("documentEnded");
        }
    }

    private void end(Status ended, String reason, Instant now) {
        status = ended;
        endedAt = now;
        endReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public UUID personId() { return personId; }
    public UUID householdId() { return householdId; }
    public String siteCode() { return siteCode; }
    public Status status() { return status; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public String qr() { return qr; }
    public byte[] pdf() { return pdf.clone(); }
    public Instant producedAt() { return producedAt; }
    public Instant handedOverAt() { return handedOverAt; }
    public String handedTo() { return handedTo; }
    public UUID replaces() { return replaces; }
    public Instant endedAt() { return endedAt; }
    public String endReason() { return endReason; }
    public int prints() { return prints.size(); }
}
