package org.refuge.emergency.domain;

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

/**
 * A mass influx as the State Migration Service sees it: declared by a supervisor when arrivals start, with the
 * number of arrivals above which it counts as a mass influx (the brief proposes 2,000; each event sets its own).
 * Declaring it starts the {@code massInfluxResponse} process, whose instance id the event keeps.
 */
@Entity
@Table(name = "influx_event")
public class InfluxEvent {

    /** The threshold the policy brief proposes when an event names none. */
    public static final int DEFAULT_THRESHOLD = 2000;

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InfluxEventStatus status;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "declared_by", nullable = false, length = 100)
    private String declaredBy;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "plan_activated_at")
    private Instant planActivatedAt;

    @Column(name = "plan_activated_by", length = 100)
    private String planActivatedBy;

    // written only by the threshold watch's guarded update, never by a flush of a stale copy
    @Column(name = "threshold_exceeded_at", insertable = false, updatable = false)
    private Instant thresholdExceededAt;

    @Version
    private long version;

    protected InfluxEvent() {
    }

    private InfluxEvent(String name, int threshold, Instant declaredAt, String declaredBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An influx event needs a name");
        }
        if (threshold <= 0) {
            throw new IllegalArgumentException("The mass-influx threshold must be positive");
        }
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.threshold = threshold;
        this.status = InfluxEventStatus.DECLARED;
        this.declaredAt = Objects.requireNonNull(declaredAt);
        this.declaredBy = Objects.requireNonNull(declaredBy);
    }

    public static InfluxEvent declare(String name, int threshold, Instant at, String by) {
        return new InfluxEvent(name, threshold, at, by);
    }

    /** Links the event to the action-plan process that follows it; set once. */
    public void followedBy(String processInstanceId) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("The influx event is already followed by a process");
        }
        this.processInstanceId = Objects.requireNonNull(processInstanceId);
    }

    /** The supervisor activates the action plan; once. */
    public void activatePlan(Instant at, String by) {
        if (status != InfluxEventStatus.DECLARED) {
            throw new IllegalStateException("The action plan of this influx event is already active or closed");
        }
        status = InfluxEventStatus.PLAN_ACTIVE;
        planActivatedAt = Objects.requireNonNull(at);
        planActivatedBy = Objects.requireNonNull(by);
    }

    /** Whether this many arrivals make the event a mass influx. */
    public boolean isMassInflux(long arrivals) {
        return arrivals > threshold;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int threshold() { return threshold; }
    public InfluxEventStatus status() { return status; }
    public Instant declaredAt() { return declaredAt; }
    public String declaredBy() { return declaredBy; }
    public String processInstanceId() { return processInstanceId; }
    public Instant planActivatedAt() { return planActivatedAt; }
    public String planActivatedBy() { return planActivatedBy; }
    public Instant thresholdExceededAt() { return thresholdExceededAt; }
}
