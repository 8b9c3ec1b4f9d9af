package org.refuge.reporting.application;

import java.io.Serializable;
import java.time.LocalDate;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import org.refuge.shared.SiteCode;

/**
 * What a desk narrows a worklist of households to; every part is optional. {@code arrivedFrom} and {@code arrivedTo}
 * are days in the service's time zone, both included; {@code citizenship} a country code (or STATELESS) one of the
 * household's registered persons holds; {@code personsFrom} and {@code personsTo} the household's size, both
 * included; {@code need} a UNHCR specific-need category one of its registered persons has.
 */
public record WorklistFilter(SiteCode bcp, LocalDate arrivedFrom, LocalDate arrivedTo, String citizenship, Integer personsFrom,
                             Integer personsTo, @Classified(Sensitivity.SENSITIVE_NEEDS) String need) implements Serializable {

    /** The largest household size a filter may name. */
    public static final int MAX_PERSONS = 99;

    public static WorklistFilter none() {
        return new WorklistFilter(null, null, null, null, null, null, null);
    }

    /** Whether the filter narrows nothing. */
    public boolean empty() {
        return equals(none());
    }
}
