package org.refuge.assistance.children;

/** What the best-interests assessment decided for the child. */
public enum AssessmentOutcome {
    STAY_WITH_CAREGIVER, INTERIM_CARE, FOSTER_CARE, FAMILY_TRACING, REFERRAL, NO_ACTION_NEEDED
}
