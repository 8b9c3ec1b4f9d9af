package org.refuge.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A family's registry number: the registering site's code, the local date and that site's running number of the day,
 * for example {@code BCP-MARGARA-20261123-00042}. Readable over a counter at the border, unique, never reused.
 */
public record RegistryNumber(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}-\\d{8}-\\d{5,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public RegistryNumber {
        Objects.requireNonNull(value, "registry number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a registry number");
        }
    }

    public static RegistryNumber of(SiteCode site, LocalDate day, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("The day's sequence starts at 1");
        }
        return new RegistryNumber(site.value() + "-" + DAY.format(day) + "-" + String.format("%05d", sequence));
    }

    /** Accepts what a person types: blanks around it and lower case. */
    public static RegistryNumber parse(String typed) {
        return new RegistryNumber(typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
