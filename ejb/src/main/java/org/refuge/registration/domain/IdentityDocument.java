package org.refuge.registration.domain;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document a person holds: its type, number as printed, issuing country and expiry. */
@Embeddable
public class IdentityDocument {

    @Column(name = "type_code", nullable = false, length = 20)
    private String typeCode;

    @Column(nullable = false, length = 40)
    private String number;

    /** Upper-case letters and digits of the number: what the duplicate check compares. */
    @Column(name = "number_key", nullable = false, length = 40)
    private String numberKey;

    @Column(name = "issuing_country", length = 3)
    private String issuingCountry;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected IdentityDocument() {
    }

    public IdentityDocument(String typeCode, String number, String issuingCountry, LocalDate expiresOn) {
        String key = numberKey(number);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("A document number needs letters or digits");
        }
        this.typeCode = typeCode;
        this.number = number.strip();
        this.numberKey = key;
        this.issuingCountry = issuingCountry == null || issuingCountry.isBlank() ? null : issuingCountry;
        this.expiresOn = expiresOn;
    }

    /** "AB 123-456" and "ab123456" are one number. */
    public static String numberKey(String number) {
        return number == null ? "" : number.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    public String typeCode() { return typeCode; }
    public String number() { return number; }
    public String numberKey() { return numberKey; }
    public String issuingCountry() { return issuingCountry; }
    public LocalDate expiresOn() { return expiresOn; }
}
