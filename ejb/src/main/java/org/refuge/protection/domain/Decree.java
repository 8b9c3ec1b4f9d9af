package org.refuge.protection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The government's decree that puts the temporary-protection regime in force for a mass influx: its number and
 * dates, and who it covers - citizens of the listed countries, stateless persons if it says so, arrived between two
 * dates (the end may be open). Decisions are made under a decree in force; a person outside its scope needs a
 * supervisor's decision.
 */
@Entity
@Table(name = "protection_decree")
public class Decree {

    public enum Status { IN_FORCE, REPEALED }

    /** How a stateless person's citizenship is written among citizenships (as registration publishes it). */
    public static final String STATELESS = "STATELESS";

    @Id
    private UUID id;

    @Column(name = "influx_event_id", updatable = false)
    private UUID influxEventId;

    @Column(nullable = false, updatable = false, length = 60)
    private String number;

    @Column(name = "adopted_on", nullable = false, updatable = false)
    private LocalDate adoptedOn;

    @Column(name = "in_force_from", nullable = false, updatable = false)
    private LocalDate inForceFrom;

    @Column(name = "covers_stateless", nullable = false, updatable = false)
    private boolean coversStateless;

    @Column(name = "arrived_from", nullable = false, updatable = false)
    private LocalDate arrivedFrom;

    @Column(name = "arrived_until", updatable = false)
    private LocalDate arrivedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "protection_decree_citizenship", joinColumns = @JoinColumn(name = "decree_id"))
    @Column(name = "country_code", length = 3)
    private Set<String> citizenships = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected Decree() {
    }

    public static Decree record(UUID influxEventId, String number, LocalDate adoptedOn, LocalDate inForceFrom,
                                Set<String> citizenships, boolean coversStateless, LocalDate arrivedFrom,
                                LocalDate arrivedUntil, Instant now, String user) {
        if (inForceFrom.isBefore(adoptedOn)) {
            throw new IllegalArgumentException("A decree comes into force on or after its adoption");
        }
        if (arrivedUntil != null && arrivedUntil.isBefore(arrivedFrom)) {
            throw new IllegalArgumentException("The arrival window ends after it starts");
        }
        if (citizenships.isEmpty() && !coversStateless) {
            throw new IllegalArgumentException("A decree covers some citizenship or stateless persons");
        }
        Decree decree = new Decree();
        decree.id = UUID.randomUUID();
        decree.influxEventId = influxEventId;
        decree.number = number.strip();
        decree.adoptedOn = Objects.requireNonNull(adoptedOn);
        decree.inForceFrom = inForceFrom;
        decree.citizenships = new TreeSet<>(citizenships);
        decree.coversStateless = coversStateless;
        decree.arrivedFrom = Objects.requireNonNull(arrivedFrom);
        decree.arrivedUntil = arrivedUntil;
        decree.status = Status.IN_FORCE;
        decree.recordedAt = now;
        decree.recordedBy = user;
        return decree;
    }

    /** Whether the decree is in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return status == Status.IN_FORCE && !day.isBefore(inForceFrom);
    }

    /**
     * Whether a person is within the decree's scope: a citizen of a listed country (or stateless, if covered) who
     * arrived within its window.
     */
    public boolean covers(Set<String> personCitizenships, boolean stateless, LocalDate arrivedOn) {
        Set<String> person = stateless ? Set.of(STATELESS) : personCitizenships;
        return person.stream().anyMatch(coveredCitizenships()::contains) && coversArrivalOn(arrivedOn);
    }

    /**
     * The citizenships a person's are matched against ({@link #covers}): the listed countries, and {@value #STATELESS}
     * when the decree covers stateless persons. A worklist asks the same of a household's citizenships in SQL.
     */
    public Set<String> coveredCitizenships() {
        Set<String> covered = new TreeSet<>(citizenships);
        if (coversStateless) {
            covered.add(STATELESS);
        }
        return covered;
    }

    /** Whether an arrival on this day is within the decree's window. */
    public boolean coversArrivalOn(LocalDate arrivedOn) {
        return !arrivedOn.isBefore(arrivedFrom) && (arrivedUntil == null || !arrivedOn.isAfter(arrivedUntil));
    }

    public UUID id() { return id; }
    public UUID influxEventId() { return influxEventId; }
    public String number() { return number; }
    public LocalDate adoptedOn() { return adoptedOn; }
    public LocalDate inForceFrom() { return inForceFrom; }
    public boolean coversStateless() { return coversStateless; }
    public LocalDate arrivedFrom() { return arrivedFrom; }
    public LocalDate arrivedUntil() { return arrivedUntil; }
    public Set<String> citizenships() { return citizenships; }
    public Status status() { return status; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
