package org.refuge.assistance.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;

/**
 * A source of assistance: the state reserve, a ministry, a UN agency, the Red Cross, an NGO. Stock is held per partner,
 * and an entitlement names the partner that funds it. A partner that stops supplying is deactivated, never deleted.
 */
@Entity
@Table(name = "assistance_partner")
public class Partner {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.assistance.partner.unknown";

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PartnerKind kind;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Partner() {
        // for JPA
    }

    public Partner(String code, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The refusal of a partner code no partner has (404). */
    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public void describe(String name, PartnerKind kind, Instant now) {
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind);
        this.updatedAt = now;
    }

    /** No longer offered for new receipts and rules; what exists keeps naming it. */
    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void activate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public String code() { return code; }
    public String name() { return name; }
    public PartnerKind kind() { return kind; }
    public boolean active() { return active; }
}
