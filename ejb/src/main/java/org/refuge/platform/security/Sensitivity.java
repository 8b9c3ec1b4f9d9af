package org.refuge.platform.security;

import java.util.Collection;
import java.util.List;

/**
 * The classes of data that can hurt a person if the wrong reader sees them, and the roles that may read each: the one
 * place where Refuge says who reads what. A field of a read model is put in a class with {@link Classified}; the
 * services' results are redacted through {@link Redaction} for everyone else ({@link OperationRoles}), so the screens,
 * the API and the history cannot disagree.
 */
public enum Sensitivity {

    /** UNHCR specific needs of the SV (sexual and gender-based violence), TR (torture) and SM (serious medical) categories. */
    SENSITIVE_NEEDS(Roles.MEDICAL, Roles.SOCIAL_WORKER, Roles.CASEWORKER),

    /** Medical screening detail: triage, conditions, pregnancy, suspected disease, referrals. */
    MEDICAL_DETAIL(Roles.MEDICAL),

    /** Security-check detail: the enquiries to the security services, their references and answers. */
    SECURITY_DETAIL(Roles.POLICE),

    /** Whether a security check found something. */
    SECURITY_RESULT(Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER),

    /** A health reason given for something else, such as leaving a camp for hospital. */
    HEALTH_REASON(Roles.MEDICAL, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER),

    /** Free text written about a person or family (notes, justifications): it can say anything. */
    CASE_NOTE(Roles.CASEWORKER, Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER);

    private final List<String> readers;

    Sensitivity(String... readers) {
        this.readers = List.of(readers);
    }

    /** The roles that may read data of this class. */
    public List<String> readers() {
        return readers;
    }

    /** Whether a user acting in these roles may read data of this class. */
    public boolean readableBy(Collection<String> roles) {
        return roles.stream().anyMatch(readers::contains);
    }
}
