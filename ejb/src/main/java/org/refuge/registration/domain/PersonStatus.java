package org.refuge.registration.domain;

/** A person record is registered, voided with a reason (made in error) or merged into the earlier record it duplicates; never deleted. */
public enum PersonStatus {
    REGISTERED, VOIDED, MERGED
}
