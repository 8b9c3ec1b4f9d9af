package org.refuge.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * The code of a camp. A camp is a site, so its code has a site code's form ({@link SiteCode}); the distinct type keeps
 * a border crossing point's code from being passed where a camp is meant.
 */
public record CampCode(String value) implements java.io.Serializable {

    public CampCode {
        Objects.requireNonNull(value, "camp code");
        value = new SiteCode(value).value();
    }

    /** Accepts what a person types: blanks around it and lower case. */
    public static CampCode parse(String typed) {
        return new CampCode(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
    }

    /** The camp's code as the site it is. */
    public SiteCode site() {
        return new SiteCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
