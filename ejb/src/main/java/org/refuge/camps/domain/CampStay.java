package org.refuge.camps.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.refuge.shared.PersonId;

/**
 * One person's bed in a tent, from allocation to the end of the stay. A stay holds its bed while allocated or checked
 * in; it ends as a no-show (by a decision), a check-out with a reason, a move (which opens the next stay) or the
 * camp's closing. Stays are never deleted: they are the person's accommodation history.
 */
@Entity
@Table(name = "camp_stay")
public class CampStay {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "camp_code", nullable = false, updatable = false, length = 40)
    private String campCode;

    @Column(name = "structure_id", nullable = false, updatable = false)
    private UUID structureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StayStatus status;

    @Column(name = "allocated_at", nullable = false, updatable = false)
    private Instant allocatedAt;

    @Column(name = "allocated_by", nullable = false, updatable = false, length = 100)
    private String allocatedBy;

    @Column(name = "manifest_id")
    private UUID manifestId;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by", length = 100)
    private String checkedInBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 24)
    private DepartureReason endReason;

    @Column(name = "end_note", length = 300)
    private String endNote;

    @Column(name = "moved_from", updatable = false)
    private UUID movedFrom;

    @Version
    private long version;

    protected CampStay() {
    }

    /** A bed allocated to a person who is still to travel to the camp. */
    public static CampStay allocate(PersonId person, UUID householdId, CampCode camp, UUID tentId, Instant now, String user) {
        CampStay stay = new CampStay();
        stay.id = UUID.randomUUID();
        stay.personId = Objects.requireNonNull(person).value();
        stay.householdId = Objects.requireNonNull(householdId);
        stay.campCode = Objects.requireNonNull(camp).value();
        stay.structureId = Objects.requireNonNull(tentId);
        stay.status = StayStatus.ALLOCATED;
        stay.allocatedAt = now;
        stay.allocatedBy = Objects.requireNonNull(user);
        return stay;
    }

    /**
     * The next stay of a moved person: checked in at once within the same camp, allocated (to be checked in on
     * arrival) in another camp.
     */
    public CampStay moveTo(CampCode camp, UUID tentId, LocalDate on, String note, Instant now, String user) {
        end(StayStatus.MOVED, DepartureReason.MOVED, on, note, now, user);
        CampStay next = allocate(personId(), householdId, camp, tentId, now, user);
        next.movedFrom = id;
        if (camp.equals(campCode())) {
            next.checkIn(now, user);
        }
        return next;
    }

    public void joinManifest(UUID manifest) {
        requireStatus(StayStatus.ALLOCATED);
        manifestId = manifest;
    }

    public void checkIn(Instant now, String user) {
        requireStatus(StayStatus.ALLOCATED);
        status = StayStatus.CHECKED_IN;
        checkedInAt = now;
        checkedInBy = user;
    }

    /** A person who did not come: the bed is released by this decision, never by time alone. */
    public void noShow(String note, LocalDate on, Instant now, String user) {
        requireStatus(StayStatus.ALLOCATED);
        end(StayStatus.NO_SHOW, DepartureReason.NO_SHOW, on, note, now, user);
    }

    public void checkOut(DepartureReason reason, LocalDate on, String note, Instant now, String user) {
        if (!reason.chosenAtCheckOut() && reason != DepartureReason.CAMP_CLOSED) {
            throw new IllegalArgumentException("Not a check-out reason: " + reason);
        }
        if (reason == DepartureReason.CAMP_CLOSED && status == StayStatus.ALLOCATED) {
            end(StayStatus.NO_SHOW, reason, on, note, now, user);
            return;
        }
        requireStatus(StayStatus.CHECKED_IN);
        end(StayStatus.CHECKED_OUT, reason, on, note, now, user);
    }

    /** Allocated and not checked in for longer than the configured time: to be decided on as a possible no-show. */
    public boolean overdue(Instant now, Duration noShowAfter) {
        return status == StayStatus.ALLOCATED && allocatedAt.plus(noShowAfter).isBefore(now);
    }

    private void end(StayStatus ended, DepartureReason reason, LocalDate on, String note, Instant now, String user) {
        if (!status.holdsBed()) {
            throw CampRefusals.accommodation("stayState");
        }
        status = ended;
        endReason = reason;
        endedOn = Objects.requireNonNull(on);
        endNote = note == null || note.isBlank() ? null : note.strip();
        endedAt = now;
        endedBy = user;
    }

    private void requireStatus(StayStatus expected) {
        if (status != expected) {
            throw CampRefusals.accommodation("stayState");
        }
    }

    public UUID id() { return id; }
    public PersonId personId() { return new PersonId(personId); }
    public UUID householdId() { return householdId; }
    public CampCode campCode() { return new CampCode(campCode); }
    public UUID structureId() { return structureId; }
    public StayStatus status() { return status; }
    public Instant allocatedAt() { return allocatedAt; }
    public String allocatedBy() { return allocatedBy; }
    public UUID manifestId() { return manifestId; }
    public Instant checkedInAt() { return checkedInAt; }
    public Instant endedAt() { return endedAt; }
    public LocalDate endedOn() { return endedOn; }
    public DepartureReason endReason() { return endReason; }
    public String endNote() { return endNote; }
    public UUID movedFrom() { return movedFrom; }
}
