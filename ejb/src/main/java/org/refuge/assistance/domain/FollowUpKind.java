package org.refuge.assistance.domain;

/** What a follow-up action refers a family to; {@link #PARTNER} names one of the assistance partners. */
public enum FollowUpKind {
    MEDICAL, PSYCHOSOCIAL, CHILD_PROTECTION, LEGAL_AID, PARTNER
}
