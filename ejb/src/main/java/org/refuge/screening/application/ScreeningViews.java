package org.refuge.screening.application;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Instant;
import java.util.List;

/** Read models of the screening context. */
public final class ScreeningViews {

    private ScreeningViews() {
    }

    /**
     * What a screening task is about, as the task's form shows it: the household, and the member it concerns (their
     * id, name and age today; null for a household's task of before per-person screening).
     */
    public record TaskSubject(String taskId, String registryNumber, String headName, int size, String siteCode,
                              String personId, String personName, Integer personAge) {
    }

    /** Everything of a member's medical screening: for medical staff only. */
    public record MedicalDetail(String registryNumber, String personId, String personName, Instant screenedAt, String screenedBy,
                                @Classified(Sensitivity.MEDICAL_DETAIL) String triage,
                                @Classified(Sensitivity.MEDICAL_DETAIL) String conditions,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean pregnancy,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean communicableSuspicion,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean hospitalReferral,
                                boolean isolationNeeded, String outcome, String accommodationNeeds) {
    }

    /**
     * What every household-file reader may know of a household's screening, as a summary of its members': the medical
     * outcome that asks most of accommodation (ISOLATION, then REFERRED, then CLEARED; null until each member is
     * screened) with the members' accommodation needs; the security state (PENDING while a member's check is not
     * answered; for police, supervisors and caseworkers HIT when a member's check hit, else CLEAR; for the others DONE);
     * whether the household counts as screened (each member is); and each member's own.
     */
    public record Summary(String medicalOutcome, String accommodationNeeds, String security, boolean screened,
                          List<PersonSummary> persons) {
    }

    /**
     * A member's screening: whether their medical screening is recorded; its outcome (health data of a named person:
     * medical staff only) and accommodation needs (for those who place and care: medical, camp managers, social workers),
     * null until screened; the security state as {@link Summary} says it (a result only for its readers), or NOT_DUE for
     * a member younger than the security-check age when registered.
     */
    public record PersonSummary(String personId, String name, Integer age, boolean screened,
                                @Classified(Sensitivity.MEDICAL_DETAIL) String medicalOutcome,
                                @Classified(Sensitivity.HEALTH_REASON) String accommodationNeeds,
                                @Classified(value = Sensitivity.SECURITY_RESULT, when = {"HIT", "CLEAR"}) String security) {
    }
}
