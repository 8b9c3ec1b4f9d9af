package org.refuge.camps.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * A transfer of allocated households from a border crossing point to a camp: vehicle, driver, departure; the
 * households on it and their head counts are rows of {@code transfer_manifest_household}. Boarding is confirmed at
 * departure and arrival at the camp, where each person is then checked in.
 */
@Entity
@Table(name = "transfer_manifest")
public class TransferManifest {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false, length = 60)
    private String number;

    @Column(name = "from_site", nullable = false, updatable = false, length = 40)
    private String fromSite;

    @Column(name = "camp_code", nullable = false, updatable = false, length = 40)
    private String campCode;

    @Column(nullable = false, length = 60)
    private String vehicle;

    @Column(nullable = false, length = 120)
    private String driver;

    @Column(name = "departure_at", nullable = false)
    private Instant departureAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ManifestStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "departed_at")
    private Instant departedAt;

    @Column(name = "departed_by", length = 100)
    private String departedBy;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "arrived_by", length = 100)
    private String arrivedBy;

    @Version
    private long version;

    protected TransferManifest() {
    }

    public static TransferManifest plan(String number, SiteCode fromSite, CampCode camp, String vehicle, String driver,
                                        Instant departureAt, Instant now, String user) {
        TransferManifest manifest = new TransferManifest();
        manifest.id = UUID.randomUUID();
        manifest.number = Objects.requireNonNull(number);
        manifest.fromSite = Objects.requireNonNull(fromSite).value();
        manifest.campCode = Objects.requireNonNull(camp).value();
        manifest.vehicle = vehicle.strip();
        manifest.driver = driver.strip();
        manifest.departureAt = Objects.requireNonNull(departureAt);
        manifest.status = ManifestStatus.PLANNED;
        manifest.createdAt = now;
        manifest.createdBy = user;
        return manifest;
    }

    public void depart(Instant now, String user) {
        if (status != ManifestStatus.PLANNED) {
            throw CampRefusals.accommodation("manifestState");
        }
        status = ManifestStatus.DEPARTED;
        departedAt = now;
        departedBy = user;
    }

    public void arrive(Instant now, String user) {
        if (status != ManifestStatus.DEPARTED) {
            throw CampRefusals.accommodation("manifestState");
        }
        status = ManifestStatus.ARRIVED;
        arrivedAt = now;
        arrivedBy = user;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public SiteCode fromSite() { return new SiteCode(fromSite); }
    public CampCode campCode() { return new CampCode(campCode); }
    public String vehicle() { return vehicle; }
    public String driver() { return driver; }
    public Instant departureAt() { return departureAt; }
    public ManifestStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant departedAt() { return departedAt; }
    public Instant arrivedAt() { return arrivedAt; }
}
