package org.refuge.registration.application;

import java.util.Set;

import jakarta.ejb.ApplicationException;

/** A specific-need code that the reference list does not have (or no longer uses). Answered as 400. */
@ApplicationException(rollback = true)
public class UnknownSpecificNeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Set<String> codes;

    public UnknownSpecificNeedException(Set<String> codes) {
        super("Unknown specific-need codes: " + codes);
        this.codes = Set.copyOf(codes);
    }

    public Set<String> codes() {
        return codes;
    }
}
