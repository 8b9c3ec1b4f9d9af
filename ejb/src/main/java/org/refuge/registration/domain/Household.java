package org.refuge.registration.domain;

import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * A family as registered at a border crossing point. Life cycle: pre-registered at the desk in well under a minute
 * (registry number at once, head of household, composition, visible needs), then upgraded by individual registration
 * of each member without retyping; a household registered in error is voided with a reason, never deleted.
 * The registry number and the registering site never change.
 */
@Entity
@Audited
@Table(name = "household")
public class Household {

    @Id
    private UUID id;

    @Column(name = "registry_number", nullable = false, updatable = false, length = 64)
    private String registryNumber;

    @Column(name = "site_code", nullable = false, updatable = false, length = 40)
    private String siteCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HouseholdStatus status;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Column(name = "head_name", nullable = false, length = 200)
    private String headName;

    @Column(name = "head_name_latin", nullable = false, length = 200)
    private String headNameLatin;

    /** Lower-case Latin transliteration of the name as typed: what cross-script search compares. */
    @Column(name = "head_name_key", nullable = false, length = 200)
    private String headNameKey;

    @Embedded
    private Composition composition;

    @Column(name = "vehicle_or_group", length = 100)
    private String vehicleOrGroup;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_visible_need", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "need_code", length = 10)
    private Set<String> visibleNeeds = new TreeSet<>();

    @Column(name = "idempotency_key", updatable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "void_reason", length = 300)
    private String voidReason;

    @Column(name = "head_photo_id")
    private java.util.UUID headPhotoId;

    @Version
    private long version;

    protected Household() {
    }

    /** The pre-registration at the desk: everything needed to move the family on, nothing more. */
    public static Household preRegister(RegistryNumber number, SiteCode site, Instant arrivedAt, Instant now, String registrar,
                                        String headName, String headNameLatin, Composition composition, String vehicleOrGroup,
                                        Collection<String> visibleNeeds, String idempotencyKey) {
        if (headName == null || headName.isBlank()) {
            throw new IllegalArgumentException("The head of household needs a name");
        }
        if (arrivedAt.isAfter(now)) {
            throw new IllegalArgumentException("Arrival cannot be in the future");
        }
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.registryNumber = number.value();
        household.siteCode = site.value();
        household.status = HouseholdStatus.PRE_REGISTERED;
        household.arrivedAt = arrivedAt;
        household.registeredAt = now;
        household.registeredBy = Objects.requireNonNull(registrar);
        household.headName = headName.strip();
        String machineLatin = Transliteration.toLatin(headName);
        household.headNameLatin = headNameLatin == null || headNameLatin.isBlank() ? machineLatin : headNameLatin.strip();
        household.headNameKey = machineLatin.toLowerCase(java.util.Locale.ROOT);
        household.composition = Objects.requireNonNull(composition);
        household.vehicleOrGroup = vehicleOrGroup == null || vehicleOrGroup.isBlank() ? null : vehicleOrGroup.strip();
        household.visibleNeeds = new TreeSet<>(visibleNeeds);
        household.idempotencyKey = idempotencyKey;
        return household;
    }

    /** The key a name is searched by, whatever its script: lower-case Latin letters. */
    public static String searchKey(String name) {
        return Transliteration.toLatin(name).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every member counted at pre-registration now has an individual record. */
    public void individuallyRegistered() {
        if (status == HouseholdStatus.VOIDED) {
            throw new IllegalStateException("Voided");
        }
        status = HouseholdStatus.REGISTERED;
    }

    public void attachHeadPhoto(UUID photo) {
        headPhotoId = Objects.requireNonNull(photo);
    }

    /** Voids a household registered in error; it stays in the registry with the reason. */
    public void voidRecord(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        if (status == HouseholdStatus.VOIDED) {
            throw new IllegalStateException("Already voided");
        }
        status = HouseholdStatus.VOIDED;
        voidReason = reason.strip();
    }

    public UUID id() { return id; }
    public RegistryNumber registryNumber() { return new RegistryNumber(registryNumber); }
    public String siteCode() { return siteCode; }
    public SiteCode site() { return new SiteCode(siteCode); }
    public HouseholdStatus status() { return status; }
    public Instant arrivedAt() { return arrivedAt; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public String headName() { return headName; }
    public String headNameLatin() { return headNameLatin; }
    public Composition composition() { return composition; }
    public String vehicleOrGroup() { return vehicleOrGroup; }
    public Set<String> visibleNeeds() { return Set.copyOf(visibleNeeds); }
    public String idempotencyKey() { return idempotencyKey; }
    public String voidReason() { return voidReason; }
    public UUID headPhotoId() { return headPhotoId; }
}
