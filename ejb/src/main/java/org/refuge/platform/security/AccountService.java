package org.refuge.platform.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;

/** Who the caller is, as the home page and {@code GET /api/v1/me} show it. */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
public class AccountService {

    /** A site of the user's scope; {@code name} is null when the token names a site unknown to the registry. */
    public record SiteRef(String code, String kind, String name) {
    }

    public record Me(String username, String displayName, List<String> roles, boolean allSites, List<SiteRef> sites) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    /** Audits a sign-in to the screens; the web layer calls it once per session. */
    public void recordSignIn() {
        audit.record(AuditAction.LOGIN, "Session", null, "sign-in");
    }

    public Me me() {
        List<Site> known = sites.byCodes(currentUser.sites());
        List<SiteRef> refs = currentUser.sites().stream()
                .map(code -> known.stream().filter(s -> s.code().equals(code)).findFirst()
                        .map(s -> new SiteRef(s.code(), s.kind().name(), s.name()))
                        .orElse(new SiteRef(code, null, null)))
                .toList();
        return new Me(currentUser.username(), currentUser.displayName(), currentUser.roles(), currentUser.seesAllSites(), refs);
    }
}
