package org.refuge.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a site, as carried in the token's {@code sites} claim: capitals, digits and dashes, 2-40 long. */
public record SiteCode(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    public SiteCode {
        Objects.requireNonNull(value, "site code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid site code: must be 2-40 capitals, digits or dashes");
        }
    }

    /** Accepts lower case and surrounding blanks as typed by a person. */
    public static SiteCode parse(String typed) {
        return of(typed);
    }

    /** Accepts lower case and surrounding blanks as typed by a person. */
    public static SiteCode of(String typed) {
        return new SiteCode(typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
