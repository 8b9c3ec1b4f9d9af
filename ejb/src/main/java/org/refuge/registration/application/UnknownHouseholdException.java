package org.refuge.registration.application;

import org.refuge.platform.refusal.Refusal;

/**
 * No household has this registry number (404). A named {@link Refusal} while the camps and protection contexts still
 * catch it by name; once they do not, its throw sites become {@code Refusal.notFound("refuge.household.unknown")}.
 */
public class UnknownHouseholdException extends Refusal {
    private static final long serialVersionUID = 1L;

    public UnknownHouseholdException(String registryNumber) {
        super(Kind.NOT_FOUND, null, "refuge.household.unknown");
    }
}
