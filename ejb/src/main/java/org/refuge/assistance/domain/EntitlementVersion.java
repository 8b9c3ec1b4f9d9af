package org.refuge.assistance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One version of an entitlement rule: its terms and the days it was in force, [{@code validFrom}, {@code validTo}).
 * A version is written once; the only change it ever sees is its closing, when the next version begins.
 */
@Entity
@Table(name = "assistance_entitlement_version")
public class EntitlementVersion {

    /** One household-size band, as stored. */
    @Embeddable
    public record BandRow(@Column(name = "min_size", nullable = false) int minSize,
                          @Column(name = "max_size") Integer maxSize,
                          @Column(nullable = false, precision = 15, scale = 3) BigDecimal quantity) {
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entitlement_id", nullable = false, updatable = false)
    private Entitlement entitlement;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Per per;

    @Column(precision = 15, scale = 3, updatable = false)
    private BigDecimal quantity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assistance_entitlement_band", joinColumns = @JoinColumn(name = "version_id"))
    private List<BandRow> bands = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Period period;

    @Column(updatable = false)
    private Integer months;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Stage stage;

    @Column(name = "site_code", length = 40, updatable = false)
    private String siteCode;

    @Column(name = "need_category", length = 10, updatable = false)
    private String needCategory;

    @Column(name = "age_group", length = 10, updatable = false)
    private String ageGroup;

    @Column(name = "partner_code", nullable = false, length = 40, updatable = false)
    private String partnerCode;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected EntitlementVersion() {
        // for JPA
    }

    EntitlementVersion(Entitlement entitlement, int number, EntitlementTerms terms, Instant now, String user) {
        this.id = UUID.randomUUID();
        this.entitlement = entitlement;
        this.number = number;
        this.itemCode = terms.itemCode();
        this.per = terms.per();
        this.quantity = terms.quantity();
        if (terms.bands() != null) {
            terms.bands().bands().forEach(b -> bands.add(new BandRow(b.minSize(), b.maxSize(), b.quantity())));
        }
        this.period = terms.period();
        this.months = terms.months();
        this.stage = terms.stage();
        this.siteCode = terms.siteCode();
        this.needCategory = terms.needCategory();
        this.ageGroup = terms.ageGroup();
        this.partnerCode = terms.partnerCode();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.recordedAt = now;
        this.recordedBy = user;
    }

    /** Ends this version the day {@code next} begins, unless it ended before. */
    void closeAt(LocalDate next) {
        if (validTo == null || validTo.isAfter(next)) {
            validTo = next;
        }
    }

    /** Whether this version was the rule on that day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public EntitlementTerms terms() {
        SizeBands sizeBands = bands.isEmpty() ? null : new SizeBands(bands.stream().sorted(Comparator.comparingInt(BandRow::minSize))
                .map(b -> new SizeBands.Band(b.minSize(), b.maxSize(), b.quantity())).toList());
        return new EntitlementTerms(itemCode, per, quantity, sizeBands, period, months, stage, siteCode, needCategory, ageGroup,
                partnerCode, validFrom, validTo == null || validTo.isAfter(validFrom) ? validTo : null);
    }

    public UUID id() { return id; }
    public Entitlement entitlement() { return entitlement; }
    public int number() { return number; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
