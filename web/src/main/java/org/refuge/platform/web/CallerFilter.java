package org.refuge.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.refuge.platform.audit.RequestOrigin;
import org.refuge.platform.security.CurrentUser;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;
import org.refuge.platform.security.AccountService;
import org.refuge.platform.security.StaffSightings;

/**
 * Establishes who is calling for the rest of the request: the current user from the verified Keycloak token
 * (user name, roles, sites claim) and the client's address for the audit trail. Audits each sign-in once per session.
 * Tells the staff directory what the token says of its user (written only when that changed).
 */
@WebFilter(urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String SIGNED_IN = CallerFilter.class.getName() + ".signedIn";

    /** The token claim that carries the user's site codes (a Keycloak user-attribute mapper). */
    static final String SITES_CLAIM = "sites";

    @Inject
    RequestOrigin origin;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    StaffSightings staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.clientAddress(request.getRemoteAddr());
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            RealmAccessClaim realmAccess = token.getRealmAccessClaim();
            currentUser.establish(token.getPreferredUsername() != null ? token.getPreferredUsername() : oidc.getName(),
                    token.getName(), realmAccess == null ? List.of() : realmAccess.getRoles(),
                    token.hasClaim(SITES_CLAIM) ? token.getStringListClaimValue(SITES_CLAIM) : List.of());
            staff.seen(currentUser);
        }
        if (request.getUserPrincipal() != null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) == null) {
                session.setAttribute(SIGNED_IN, Boolean.TRUE);
                accounts.recordSignIn();
            }
        }
        chain.doFilter(request, response);
    }
}
