package org.refuge.platform.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The person behind the current request: user name, display name, realm roles and the sites (BCP or camp codes)
 * of the token's {@code sites} claim. The web layer establishes it from the verified Keycloak token at the start of
 * each request; without that (work no request started) only the container's principal name is known.
 * Site scope decisions use {@link #seesAllSites()} and {@link #sites()}; role checks are left to {@code @RolesAllowed}.
 */
@RequestScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Principal principal;

    private String username;
    private String displayName;
    private List<String> roles = List.of();
    private Set<String> sites = Set.of();

    /** Called once per request by the web layer with the claims of the verified token. */
    public void establish(String username, String displayName, Collection<String> grantedRoles, Collection<String> siteCodes) {
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.roles = Roles.ALL.stream().filter(grantedRoles::contains).toList();
        this.sites = new TreeSet<>(siteCodes);
    }

    public String username() {
        if (username != null) {
            return username;
        }
        return principal == null ? "anonymous" : principal.getName();
    }

    public String displayName() {
        return displayName != null ? displayName : username();
    }

    /** The Refuge roles of the token, in {@link Roles#ALL} order. */
    public List<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Site codes of the token, sorted. */
    public Set<String> sites() {
        return sites;
    }

    public boolean seesAllSites() {
        return roles.stream().anyMatch(Roles.ALL_SITES::contains);
    }

    /** Throws {@link SiteAccessDeniedException} unless the user works at this site or sees all sites. */
    public void requireSite(String siteCode) {
        if (!seesAllSites() && !sites.contains(siteCode)) {
            throw new SiteAccessDeniedException(siteCode);
        }
    }
}
