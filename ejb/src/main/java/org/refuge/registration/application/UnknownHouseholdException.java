package org.refuge.registration.application;

import jakarta.ejb.ApplicationException;

/** No household has this registry number. Answered as 404. */
@ApplicationException(rollback = true)
public class UnknownHouseholdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownHouseholdException(String registryNumber) {
        super("No household has registry number " + registryNumber);
    }
}
