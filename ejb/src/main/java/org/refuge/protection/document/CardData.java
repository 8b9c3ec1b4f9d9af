package org.refuge.protection.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one temporary protection card shows, taken from the registry record, never retyped. Names come twice: in the
 * script the person writes them (Armenian, Cyrillic, Arabic, ...) and in Latin script as the registry transliterated
 * them. Text is kept in Unicode NFC so that the signed payload does not depend on how a keyboard composed a letter.
 *
 * @param givenName   may be empty: some persons have a family name only
 * @param sex         F, M or X
 * @param birthPrecision how much of {@code birthDate} is known (an age estimated at the desk is {@code YEAR}); the
 *                    date is the first day of what is known
 * @param citizenship ISO 3166 alpha-3 code, or {@code stateless}
 * @param photoJpeg   the registry portrait, JPEG in 3:4
 */
public record CardData(String documentNumber, String registryNumber, String givenName, String familyName,
        String givenNameLatin, String familyNameLatin, String sex, LocalDate birthDate, BirthPrecision birthPrecision,
        String citizenship, LocalDate validFrom, LocalDate validUntil, String issuingAuthority, byte[] photoJpeg) {

    public enum BirthPrecision { EXACT, MONTH, YEAR }

    public static final String STATELESS = "stateless";
    private static final Pattern CITIZENSHIP = Pattern.compile("[A-Z]{3}|" + STATELESS);
    private static final Pattern SEX = Pattern.compile("[FMX]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    public CardData {
        documentNumber = required(documentNumber, "documentNumber");
        registryNumber = required(registryNumber, "registryNumber");
        givenName = givenName == null ? "" : nfc(givenName);
        familyName = required(familyName, "familyName");
        givenNameLatin = givenNameLatin == null ? "" : nfc(givenNameLatin);
        familyNameLatin = required(familyNameLatin, "familyNameLatin");
        issuingAuthority = required(issuingAuthority, "issuingAuthority");
        birthPrecision = birthPrecision == null ? BirthPrecision.EXACT : birthPrecision;
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (sex == null || !SEX.matcher(sex).matches()) {
            throw new IllegalArgumentException("sex must be F, M or X: " + sex);
        }
        if (citizenship == null || !CITIZENSHIP.matcher(citizenship).matches()) {
            throw new IllegalArgumentException("citizenship must be an ISO alpha-3 code or " + STATELESS + ": " + citizenship);
        }
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " before validFrom " + validFrom);
        }
        if (photoJpeg == null || photoJpeg.length < 3 || (photoJpeg[0] & 0xFF) != 0xFF || (photoJpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("photoJpeg must be a JPEG image");
        }
        photoJpeg = photoJpeg.clone();
    }

    @Override
    public byte[] photoJpeg() {
        return photoJpeg.clone();
    }

    /** The birth date as printed: 07.03.1985, XX.03.1985 or XX.XX.1985. */
    public String birthDateText() {
        return switch (birthPrecision) {
            case EXACT -> DAY.format(birthDate);
            case MONTH -> "XX." + MONTH.format(birthDate);
            case YEAR -> "XX.XX." + birthDate.getYear();
        };
    }

    /** The birth date as signed: 1985-03-07, 1985-03 or 1985. */
    public String birthDateIso() {
        String iso = birthDate.toString();
        return switch (birthPrecision) {
            case EXACT -> iso;
            case MONTH -> iso.substring(0, 7);
            case YEAR -> iso.substring(0, 4);
        };
    }

    public static String dateText(LocalDate date) {
        return DAY.format(date);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return nfc(value);
    }

    private static String nfc(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
