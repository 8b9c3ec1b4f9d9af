package org.refuge.screening.application;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Instant;

/** Read models of the screening context. */
public final class ScreeningViews {

    private ScreeningViews() {
    }

    /** The household a screening task is about, as the task's form shows it. */
    public record TaskSubject(String taskId, String registryNumber, String headName, int size, String siteCode) {
    }

    /** Everything of a medical screening: for medical staff only. */
    public record MedicalDetail(String registryNumber, Instant screenedAt, String screenedBy,
                                @Classified(Sensitivity.MEDICAL_DETAIL) String triage,
                                @Classified(Sensitivity.MEDICAL_DETAIL) String conditions,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean pregnancy,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean communicableSuspicion,
                                @Classified(Sensitivity.MEDICAL_DETAIL) boolean hospitalReferral,
                                boolean isolationNeeded, String outcome, String accommodationNeeds) {
    }

    /**
     * What every household-file reader may know: the medical outcome and accommodation needs (null until screened)
     * and the security check's state: PENDING, CLEAR or HIT for police, supervisors and caseworkers; PENDING or DONE
     * for the others.
     */
    public record Summary(String medicalOutcome, String accommodationNeeds, String security) {
    }
}
