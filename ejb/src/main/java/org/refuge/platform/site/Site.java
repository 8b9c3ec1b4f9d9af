package org.refuge.platform.site;

import org.refuge.shared.SiteCode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;

/**
 * A place where Refuge users work: a border crossing point or a camp. Users are bound to sites by the
 * {@code sites} claim of their token; the code is that claim's value and never changes. A site that is no longer
 * used is deactivated, never deleted, because records keep pointing at it.
 */
@Entity
@Table(name = "site")
public class Site {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.site.unknown";

    /**
     * The refusal when no site (a camp, a BCP, or a camp's structure or manifest) has the code or id asked for (404).
     * A screen that words it its own way asks {@code refusal.is(Kind.NOT_FOUND, UNKNOWN)}.
     */
    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SiteKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String region;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Site() {
    }

    public Site(SiteCode code, SiteKind kind, String name, String region, Instant now) {
        this.code = code.value();
        this.kind = kind;
        this.active = true;
        this.createdAt = now;
        rename(name, region, now);
    }

    public void rename(String name, String region, Instant now) {
        this.name = name.strip();
        this.region = region == null || region.isBlank() ? null : region.strip();
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void activate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public String code() { return code; }
    public SiteKind kind() { return kind; }
    public String name() { return name; }
    public String region() { return region; }
    public boolean active() { return active; }
    public long version() { return version; }
}
