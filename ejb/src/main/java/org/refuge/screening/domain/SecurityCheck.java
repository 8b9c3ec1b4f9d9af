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
 * The security check of a person: the enquiries to the National Security Service and to the Police, their reference
 * numbers and answers. It is complete when both have answered; a hit on either is a hit of the check, and concerns
 * that person only. An answer, once given, is not taken back to pending. A check without a person is a household's of
 * before per-person screening (V67): the members registered since inherit it ({@link #inheritedBy}).
 */
@Entity
@Table(name = "security_check")
public class SecurityCheck {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;
    @Column(name = "person_id", updatable = false)
    private UUID personId;
    @Column(name = "nss_reference", length = 60)
    private String nssReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "nss_answer", nullable = false, length = 10)
    private EnquiryAnswer nssAnswer = EnquiryAnswer.PENDING;
    @Column(name = "police_reference", length = 60)
    private String policeReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "police_answer", nullable = false, length = 10)
    private EnquiryAnswer policeAnswer = EnquiryAnswer.PENDING;
    /** What {@link #result()} says, written with every change so that SQL can filter on it without a copy of the rule. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnquiryAnswer result = EnquiryAnswer.PENDING;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Version
    private long version;

    protected SecurityCheck() {
    }

    public static SecurityCheck open(UUID householdId, PersonId personId, Instant at, String by) {
        SecurityCheck check = new SecurityCheck();
        check.id = UUID.randomUUID();
        check.householdId = Objects.requireNonNull(householdId);
        check.personId = personId == null ? null : personId.value();
        check.updatedAt = at;
        check.updatedBy = by;
        return check;
    }

    public void record(String nssReference, EnquiryAnswer nssAnswer, String policeReference, EnquiryAnswer policeAnswer,
                       Instant at, String by) {
        if (this.nssAnswer != EnquiryAnswer.PENDING && nssAnswer == EnquiryAnswer.PENDING
                || this.policeAnswer != EnquiryAnswer.PENDING && policeAnswer == EnquiryAnswer.PENDING) {
            throw Refusal.invalid(null, "refuge.screening.security.pending").with("rule", "pending");
        }
        if (nssAnswer != EnquiryAnswer.PENDING && (nssReference == null || nssReference.isBlank())
                || policeAnswer != EnquiryAnswer.PENDING && (policeReference == null || policeReference.isBlank())) {
            throw Refusal.invalid(null, "refuge.screening.security.reference").with("rule", "reference");
        }
        this.nssReference = nssReference == null || nssReference.isBlank() ? null : nssReference.strip();
        this.nssAnswer = Objects.requireNonNull(nssAnswer);
        this.policeReference = policeReference == null || policeReference.isBlank() ? null : policeReference.strip();
        this.policeAnswer = Objects.requireNonNull(policeAnswer);
        this.result = result();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The answers of this household-level check as they stand, for a member of the household registered since. */
    public SecurityCheck inheritedBy(UUID person, UUID household) {
        if (personId != null) {
            throw new IllegalStateException("Only a household's check is inherited");
        }
        SecurityCheck check = open(household, PersonId.of(person), updatedAt, updatedBy);
        check.copyAnswers(this);
        return check;
    }

    /** Takes the answers of a household-level check as they are now (a member's copy follows its household's check). */
    public void copyAnswers(SecurityCheck household) {
        this.nssReference = household.nssReference;
        this.nssAnswer = household.nssAnswer;
        this.policeReference = household.policeReference;
        this.policeAnswer = household.policeAnswer;
        this.result = result();
        this.updatedAt = household.updatedAt;
        this.updatedBy = household.updatedBy;
    }

    /** Whether this member's check still holds exactly what it inherited from the household's: answers, references, when and by whom. */
    public boolean mirrors(SecurityCheck household) {
        return personId != null && household.personId == null && nssAnswer == household.nssAnswer && policeAnswer == household.policeAnswer
                && Objects.equals(nssReference, household.nssReference) && Objects.equals(policeReference, household.policeReference)
                && Objects.equals(updatedAt, household.updatedAt) && Objects.equals(updatedBy, household.updatedBy);
    }

    public boolean complete() {
        return nssAnswer != EnquiryAnswer.PENDING && policeAnswer != EnquiryAnswer.PENDING;
    }

    /** The check's overall result: a hit if either enquiry hit, clear when both are clear, else pending. */
    public EnquiryAnswer result() {
        if (nssAnswer == EnquiryAnswer.HIT || policeAnswer == EnquiryAnswer.HIT) return EnquiryAnswer.HIT;
        return complete() ? EnquiryAnswer.CLEAR : EnquiryAnswer.PENDING;
    }

    public UUID householdId() { return householdId; }
    /** The person checked; null for a household's check of before V67. */
    public UUID personId() { return personId; }
    public String nssReference() { return nssReference; }
    public EnquiryAnswer nssAnswer() { return nssAnswer; }
    public String policeReference() { return policeReference; }
    public EnquiryAnswer policeAnswer() { return policeAnswer; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
