package org.refuge.assistance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;

/**
 * An entitlement rule ("a food parcel per household every week in camp, from the state reserve") and its history.
 * A rule is never edited in place: a change closes the current version the day the new one begins and opens the new
 * one, so the rule in force on any past day can still be read. A new version may not begin before the current one
 * did; one that begins the same day replaces it from its first day (the old one is kept, in force on no day). An
 * editor names the version they saw, and an edit based on an older one is refused.
 */
@Entity
@Table(name = "assistance_entitlement")
public class Entitlement {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.entitlement.unknown";
    /** The message key of the refusal of an edit based on a version that is no longer the latest. */
    public static final String STALE = "refuge.entitlement.stale";

    @Id
    private UUID id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.PERSIST)
    private List<EntitlementVersion> versions = new ArrayList<>();

    protected Entitlement() {
        // for JPA
    }

    /** A new rule with its first version. */
    public static Entitlement create(String code, EntitlementTerms terms, Instant now, String user) {
        Entitlement rule = new Entitlement();
        rule.id = UUID.randomUUID();
        rule.code = Objects.requireNonNull(code);
        rule.createdAt = now;
        rule.createdBy = Objects.requireNonNull(user);
        rule.versions.add(new EntitlementVersion(rule, 1, terms, now, user));
        return rule;
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    /**
     * The next version: refused (409) when {@code basedOn} (the version the editor saw; null: not said) is no longer the
     * latest, and (400) when it would begin before the current version did.
     */
    public EntitlementVersion revise(EntitlementTerms terms, Integer basedOn, Instant now, String user) {
        EntitlementVersion current = latest();
        if (basedOn != null && basedOn != current.number()) {
            throw Refusal.conflict(STALE, current.number()).with("latest", current.number());
        }
        if (terms.validFrom().isBefore(current.validFrom())) {
            throw Refusal.invalid("validFrom", "refuge.entitlement.validFromBefore", current.validFrom());
        }
        current.closeAt(terms.validFrom());
        EntitlementVersion next = new EntitlementVersion(this, current.number() + 1, terms, now, user);
        versions.add(next);
        return next;
    }

    public EntitlementVersion latest() {
        return versions.stream().max(Comparator.comparingInt(EntitlementVersion::number)).orElseThrow();
    }

    /** The version in force on that day, if any. */
    public Optional<EntitlementVersion> on(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    /**
     * The rule's first day (its first version's): the anchor its periods are counted from, the same whatever version is
     * in force later, so that a revised rule does not open a new period.
     */
    public LocalDate firstDay() {
        return history().get(0).validFrom();
    }

    /** Every version, oldest first. */
    public List<EntitlementVersion> history() {
        return versions.stream().sorted(Comparator.comparingInt(EntitlementVersion::number)).toList();
    }

    public UUID id() { return id; }
    public String code() { return code; }
}
