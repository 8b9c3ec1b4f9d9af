package org.refuge.registration.domain.matching;

/** What a candidate's score asks for: the desk is asked now, a caseworker decides later, or nothing is shown. */
public enum Band {
    ASK, REVIEW, NONE
}
