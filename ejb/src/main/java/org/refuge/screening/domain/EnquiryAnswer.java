package org.refuge.screening.domain;

/** The answer of an enquiry to the National Security Service or the Police. */
public enum EnquiryAnswer {
    PENDING, CLEAR, HIT
}
