package org.refuge.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a temporary-protection identity document, printed on the card and signed in its QR: {@code TP-},
 * the year of issue and the document sequence, for example {@code TP-2026-000123}.
 */
public record DocumentNumber(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("TP-\\d{4}-\\d{6,12}");

    public DocumentNumber {
        Objects.requireNonNull(value, "document number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a document number");
        }
    }

    public static DocumentNumber of(int year, long sequence) {
        return new DocumentNumber("TP-%04d-%06d".formatted(year, sequence));
    }

    /** Accepts what a person types or a scanner reads: blanks around it and lower case. */
    public static DocumentNumber parse(String typed) {
        return new DocumentNumber(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
