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
 * Something handed out: a food parcel, a blanket, cash in drams. Its code, unit and category never change, because
 * stock entries and entitlements count in them; its names (Armenian, Russian, English) may be corrected. An item no
 * longer handed out is deactivated, never deleted: the records that name it stay readable.
 */
@Entity
@Table(name = "assistance_item")
public class AssistanceItem {

    /** The message key of {@link #unknown()}. */
    public static final String UNKNOWN = "refuge.assistance.item.unknown";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_hy", nullable = false, length = 200)
    private String nameHy;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ItemUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ItemCategory category;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssistanceItem() {
        // for JPA
    }

    public AssistanceItem(String code, ItemUnit unit, ItemCategory category, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.unit = Objects.requireNonNull(unit);
        this.category = Objects.requireNonNull(category);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The refusal of an item code no item has (404). */
    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    public void rename(String en, String hy, String ru, Instant now) {
        this.nameEn = en.strip();
        this.nameHy = hy.strip();
        this.nameRu = ru.strip();
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
    public String nameEn() { return nameEn; }
    public String nameHy() { return nameHy; }
    public String nameRu() { return nameRu; }
    public ItemUnit unit() { return unit; }
    public ItemCategory category() { return category; }
    public boolean active() { return active; }
}
