package org.refuge.assistance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.SiteCode;

/**
 * A distribution round: at a site, on a day, for one or more entitlement rules. For each rule the round keeps the
 * version in force that day and the period the day falls in, counted from the rule's first day ({@link Period#window}),
 * so two rounds of one rule in one period, at any sites, name the same period, and a collection in either is the
 * period's one collection. A round is opened and later closed; a closed round takes no more collections and is never
 * reopened (a new round is opened instead).
 */
@Entity
@Table(name = "assistance_round")
public class DistributionRound {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.round.unknown";
    /** The message key of the refusal of a step a closed round does not take. */
    public static final String CLOSED = "refuge.round.closed";

    /** Open: collections are recorded against it; closed: read only. */
    public enum Status { OPEN, CLOSED }

    /** One rule of the round: the version in force on the round's day and the period that day falls in. */
    @Embeddable
    public record Line(@Column(name = "entitlement_id", nullable = false) UUID entitlementId,
                       @Column(name = "version_id", nullable = false) UUID versionId,
                       @Column(name = "period_from", nullable = false) LocalDate periodFrom,
                       @Column(name = "period_until") LocalDate periodUntil) {
    }

    @Id
    private UUID id;

    @Column(name = "site_code", nullable = false, length = 40, updatable = false)
    private String siteCode;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assistance_round_entitlement", joinColumns = @JoinColumn(name = "round_id"))
    private List<Line> lines = new ArrayList<>();

    protected DistributionRound() {
        // for JPA
    }

    /**
     * A round at {@code site} on {@code day} for these rules (at least one, each once): each rule's version in force that
     * day, limited to no other site, whose period holds the day (400 otherwise, field {@code entitlementIds}).
     */
    public static DistributionRound open(SiteCode site, LocalDate day, List<Entitlement> rules, Instant now, String user) {
        if (rules.isEmpty() || rules.stream().map(Entitlement::id).distinct().count() != rules.size()) {
            throw Refusal.invalid("entitlementIds", "refuge.round.entitlements");
        }
        DistributionRound round = new DistributionRound();
        round.id = UUID.randomUUID();
        round.siteCode = site.value();
        round.heldOn = Objects.requireNonNull(day);
        round.status = Status.OPEN;
        round.openedAt = now;
        round.openedBy = Objects.requireNonNull(user);
        for (Entitlement rule : rules) {
            round.lines.add(line(rule, site, day));
        }
        return round;
    }

    private static Line line(Entitlement rule, SiteCode site, LocalDate day) {
        EntitlementVersion version = rule.on(day)
                .orElseThrow(() -> Refusal.invalid("entitlementIds", "refuge.round.notInForce", rule.code(), day));
        EntitlementTerms terms = version.terms();
        if (terms.siteCode() != null && !terms.siteCode().equals(site.value())) {
            throw Refusal.invalid("entitlementIds", "refuge.round.otherSite", rule.code(), terms.siteCode());
        }
        Period.Window window = terms.period().window(rule.firstDay(), terms.months(), day)
                .orElseThrow(() -> Refusal.invalid("entitlementIds", "refuge.round.notDue", rule.code(), day));
        return new Line(rule.id(), version.id(), window.from(), window.until());
    }

    /** Closes the round: it takes no more collections (409 when closed already). */
    public void close(Instant now, String user) {
        requireOpen();
        status = Status.CLOSED;
        closedAt = now;
        closedBy = Objects.requireNonNull(user);
    }

    /** Refuses (409) unless the round is open. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw Refusal.conflict(CLOSED);
        }
    }

    /** The round's line of this rule, if the round has it. */
    public Optional<Line> line(UUID entitlementId) {
        return lines.stream().filter(l -> l.entitlementId().equals(entitlementId)).findFirst();
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public UUID id() { return id; }
    public String siteCode() { return siteCode; }
    public SiteCode site() { return new SiteCode(siteCode); }
    public LocalDate heldOn() { return heldOn; }
    public Status status() { return status; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public List<Line> lines() { return List.copyOf(lines); }
}
