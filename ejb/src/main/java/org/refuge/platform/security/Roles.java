package org.refuge.platform.security;

import java.util.List;

/**
 * The Keycloak realm roles of Refuge. One name is used everywhere: Keycloak, {@code @RolesAllowed},
 * {@code web.xml} and Flowable candidate groups.
 */
public final class Roles {
    public static final String REGISTRAR = "registrar";
    public static final String CASEWORKER = "caseworker";
    public static final String SUPERVISOR = "supervisor";
    public static final String POLICE = "police";
    public static final String MEDICAL = "medical";
    public static final String CAMP_MANAGER = "camp-manager";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** Every role, in the order the UI lists them. */
    public static final List<String> ALL = List.of(REGISTRAR, CASEWORKER, SUPERVISOR, POLICE, MEDICAL,
            CAMP_MANAGER, SOCIAL_WORKER, AUDITOR, ADMIN);

    /** Roles whose users see every site; the others work only on the sites of their token. */
    public static final List<String> ALL_SITES = List.of(SUPERVISOR, CASEWORKER, AUDITOR, ADMIN);

    private Roles() {
    }
}
