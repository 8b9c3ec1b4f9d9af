package org.refuge.assistance.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a registration slip shows, as the registry holds it: the household's registry number, the head's name as typed
 * at the desk and in Latin script, the head's photo when one was taken, the persons declared, the border crossing
 * point and the day of arrival. Only the registry number, the size, the crossing point and the day are signed into
 * the QR code: the code identifies the household, the names stay on paper.
 *
 * @param photoJpeg the head's portrait (JPEG), or null when none was taken at the desk
 */
public record SlipData(String registryNumber, String headName, String headNameLatin, int householdSize, String siteCode,
                       LocalDate arrivalDate, byte[] photoJpeg) {

    /** The type of the slip's signed payload: no card or other paper verifies as a slip. */
    public static final String PAYLOAD_TYPE = "registration-slip";

    public SlipData {
        registryNumber = required(registryNumber, "registryNumber");
        headName = required(headName, "headName");
        headNameLatin = headNameLatin == null || headNameLatin.isBlank() ? headName : nfc(headNameLatin);
        siteCode = required(siteCode, "siteCode");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least one person: " + householdSize);
        }
        photoJpeg = photoJpeg == null ? null : photoJpeg.clone();
    }

    @Override
    public byte[] photoJpeg() {
        return photoJpeg == null ? null : photoJpeg.clone();
    }

    /** The signed fields, in the order of the payload: {@code rn}, {@code hs}, {@code bcp}, {@code ad} (ISO date). */
    public Map<String, String> signedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rn", registryNumber);
        fields.put("hs", Integer.toString(householdSize));
        fields.put("bcp", siteCode);
        fields.put("ad", arrivalDate.toString());
        return fields;
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
