package org.refuge.screening.domain;

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

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.PersonId;

/**
 * The medical screening of a person at their household's BCP: special-category data, read only by medical staff. The
 * outcome must agree with the findings: isolation only when isolation is needed, "referred" only with a hospital
 * referral. Recorded once per person. A screening without a person is a household's of before per-person screening
 * (V67): the members registered since inherit it ({@link #inheritedBy}), as V67 gave it to those registered then.
 */
@Entity
@Table(name = "medical_screening")
public class MedicalScreening {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;
    @Column(name = "person_id", updatable = false)
    private UUID personId;
    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;
    @Column(name = "screened_by", nullable = false, length = 100)
    private String screenedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Triage triage;
    @Column(length = 2000)
    private String conditions;
    @Column(nullable = false)
    private boolean pregnancy;
    @Column(name = "communicable_suspicion", nullable = false)
    private boolean communicableSuspicion;
    @Column(name = "hospital_referral", nullable = false)
    private boolean hospitalReferral;
    @Column(name = "isolation_needed", nullable = false)
    private boolean isolationNeeded;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MedicalOutcome outcome;
    @Column(name = "accommodation_needs", length = 500)
    private String accommodationNeeds;
    @Version
    private long version;

    protected MedicalScreening() {
    }

    public static MedicalScreening record(UUID householdId, PersonId personId, Instant at, String by, Triage triage, String conditions,
                                          boolean pregnancy, boolean communicableSuspicion, boolean hospitalReferral,
                                          boolean isolationNeeded, MedicalOutcome outcome, String accommodationNeeds) {
        if (outcome == MedicalOutcome.ISOLATION && !isolationNeeded) {
            throw Refusal.invalid("outcome", "refuge.screening.inconsistent.isolation").with("rule", "isolation");
        }
        if (outcome == MedicalOutcome.REFERRED && !hospitalReferral) {
            throw Refusal.invalid("outcome", "refuge.screening.inconsistent.referral").with("rule", "referral");
        }
        MedicalScreening screening = new MedicalScreening();
        screening.id = UUID.randomUUID();
        screening.householdId = Objects.requireNonNull(householdId);
        screening.personId = personId == null ? null : personId.value();
        screening.screenedAt = Objects.requireNonNull(at);
        screening.screenedBy = Objects.requireNonNull(by);
        screening.triage = Objects.requireNonNull(triage);
        screening.conditions = blankToNull(conditions);
        screening.pregnancy = pregnancy;
        screening.communicableSuspicion = communicableSuspicion;
        screening.hospitalReferral = hospitalReferral;
        screening.isolationNeeded = isolationNeeded;
        screening.outcome = Objects.requireNonNull(outcome);
        screening.accommodationNeeds = blankToNull(accommodationNeeds);
        return screening;
    }

    /**
     * This household-level screening's decision (triage, outcome, isolation, referral, accommodation needs) for a member of
     * the household: the clinical findings (conditions, pregnancy) stay on the household's record, as they may concern
     * one person only.
     */
    public MedicalScreening inheritedBy(UUID person, UUID household) {
        if (personId != null) {
            throw new IllegalStateException("Only a household's screening is inherited");
        }
        // what the household's screening decided for everyone, never one person's clinical findings (conditions, pregnancy)
        return record(household, PersonId.of(person), screenedAt, screenedBy, triage, null, false,
                communicableSuspicion, hospitalReferral, isolationNeeded, outcome, accommodationNeeds);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID householdId() { return householdId; }
    /** The person screened; null for a household's screening of before V67. */
    public UUID personId() { return personId; }
    public Instant screenedAt() { return screenedAt; }
    public String screenedBy() { return screenedBy; }
    public Triage triage() { return triage; }
    public String conditions() { return conditions; }
    public boolean pregnancy() { return pregnancy; }
    public boolean communicableSuspicion() { return communicableSuspicion; }
    public boolean hospitalReferral() { return hospitalReferral; }
    public boolean isolationNeeded() { return isolationNeeded; }
    public MedicalOutcome outcome() { return outcome; }
    public String accommodationNeeds() { return accommodationNeeds; }
}
