package org.refuge.assistance.application;

import java.time.LocalDate;

/**
 * The verdict on a registration slip's QR code ({@link RegistrationSlipService#verify}): {@code status}, and for a
 * genuine slip the household as signed (registry number, persons declared, border crossing point, day of arrival),
 * the issuer key and the household's registry status now (PRE_REGISTERED, REGISTERED, VOIDED; null when unknown).
 */
public record SlipVerification(String status, String registryNumber, Integer householdSize, String siteCode,
                               LocalDate arrivalDate, String keyId, String registryStatus) {

    /** A code that names no household: the status alone. */
    static SlipVerification refused(String status) {
        return new SlipVerification(status, null, null, null, null, null, null);
    }

    public boolean valid() {
        return "VALID".equals(status);
    }
}
