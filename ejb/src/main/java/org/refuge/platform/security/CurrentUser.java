package org.refuge.platform.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;
import org.refuge.platform.refusal.Refusal;

/**
 * The person behind the current request: user name, display name, realm roles and the sites (BCP or camp codes)
 * of the token's {@code sites} claim. The web layer establishes it from the verified Keycloak token at the start of
 * each request; without that (work no request started) only the container's principal name is known.
 * Site scope decisions use {@link #seesAllSites()} and {@link #sites()}; role checks are left to {@code @RolesAllowed}.
 * <p>
 * Site scope is a property of the role a user acts in, not of the user: a caseworker who is also a police officer
 * sees every site as a caseworker and only the sites of the token as a police officer. {@link OperationRoles} tells
 * this object which roles each service operation in progress admits ({@code @RolesAllowed}); only the user's roles
 * that every operation in progress admits count for the scope ({@link #actingRoles()}).
 */
@RequestScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The message key of {@link #otherSite()}. */
    public static final String OTHER_SITE = "refuge.site.otherSite";

    @Inject
    Principal principal;

    private String username;
    private String displayName;
    private List<String> roles = List.of();
    private Set<String> sites = Set.of();
    private final Deque<Set<String>> operations = new ArrayDeque<>();

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

    /** The user's roles that every service operation in progress admits; all the user's roles outside operations. */
    public List<String> actingRoles() {
        return roles.stream().filter(role -> operations.stream().allMatch(admitted -> admitted.contains(role))).toList();
    }

    /** Whether one of the roles the user acts in sees every site. */
    public boolean seesAllSites() {
        return actingRoles().stream().anyMatch(Roles.ALL_SITES::contains);
    }

    /** Whether the user may act at every site in one of these roles (a task's candidate groups, for example). */
    public boolean seesAllSitesAs(Collection<String> asRoles) {
        return actingRoles().stream().anyMatch(role -> asRoles.contains(role) && Roles.ALL_SITES.contains(role));
    }

    /** Called by {@link OperationRoles} when a service operation that admits these roles begins. */
    void enterOperation(Set<String> admittedRoles) {
        operations.push(admittedRoles);
    }

    /** Whether the operation in progress is the outermost one: its result leaves the service layer. */
    boolean outermostOperation() {
        return operations.size() == 1;
    }

    /** Whether a signed-in user was established for this request (work without a user has none). */
    public boolean established() {
        return username != null;
    }

    /** The data-protection policy for what this user reads in the roles they act in now. */
    public Redaction redaction(java.util.function.Supplier<Set<String>> sensitiveCodes) {
        return new Redaction(actingRoles(), sensitiveCodes);
    }

    /** Called by {@link OperationRoles} when that operation ends, normally or not. */
    void leaveOperation() {
        operations.pop();
    }

    /** Refuses ({@link #otherSite()}) unless the user works at this site or sees all sites. */
    public void requireSite(SiteCode site) {
        if (!seesAllSites() && !sites.contains(site.value())) {
            throw otherSite();
        }
    }

    /** Refuses ({@link #otherSite()}) unless the user works at this camp or sees all sites. */
    public void requireSite(CampCode camp) {
        requireSite(camp.site());
    }

    /**
     * The refusal of a record (or a step) of a site outside the caller's scope, 403: the site's code is not named, a
     * user learns nothing about a site they may not see. A screen that words it its own way asks
     * {@code refusal.is(Kind.FORBIDDEN, OTHER_SITE)}.
     */
    public static Refusal otherSite() {
        return Refusal.forbidden(OTHER_SITE);
    }
}
