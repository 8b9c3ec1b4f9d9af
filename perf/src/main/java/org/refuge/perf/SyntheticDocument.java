package org.refuge.perf;

import java.time.LocalDate;

/** A document a synthetic person holds: type code of the reference list, number as printed, issuer, expiry (or null). */
public record SyntheticDocument(String typeCode, String number, String issuingCountry, LocalDate expiresOn) {
}
